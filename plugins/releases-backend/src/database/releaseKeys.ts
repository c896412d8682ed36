import { DateTime } from 'luxon';
import { Knex } from 'knex';

/**
 * The next free human key of the year a release is created in, such as `REL-2026-0042`.
 * Runs inside the inserting transaction; concurrent writers may still collide, which the
 * unique index catches.
 *
 * @internal
 */
export async function nextKey(
  tx: Knex.Transaction,
  createdAt: string,
): Promise<string> {
  const year = DateTime.fromISO(createdAt, { zone: 'UTC' }).year;
  const prefix = `REL-${year}-`;
  // Longer numbers sort after shorter ones, so REL-2026-10000 follows REL-2026-9999.
  const last = await tx('releases')
    .where('key', 'like', `${prefix}%`)
    .orderByRaw('length(key) desc, key desc')
    .first('key');
  const lastNumber = last?.key
    ? Number(String(last.key).slice(prefix.length))
    : 0;
  return `${prefix}${String(lastNumber + 1).padStart(4, '0')}`;
}

/**
 * Whether a database error is a unique constraint violation, on SQLite or PostgreSQL.
 *
 * @internal
 */
export function isUniqueViolation(error: unknown): boolean {
  const { code, message } = (error ?? {}) as {
    code?: string;
    message?: string;
  };
  return (
    code === '23505' ||
    code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    code === 'SQLITE_CONSTRAINT_PRIMARYKEY' ||
    /UNIQUE constraint failed|duplicate key value/i.test(message ?? '')
  );
}
