import { DateTime } from 'luxon';

/**
 * What a timestamp column gives back: PostgreSQL drivers return a Date, SQLite the number or
 * string it was stored as.
 */
type StoredTimestamp = Date | string | number;

/**
 * Turns a stored timestamp into ISO 8601 in UTC, the form used on the wire.
 *
 * @internal
 */
export function toIsoUtc(value: StoredTimestamp): string {
  const parsed = (() => {
    if (value instanceof Date) return DateTime.fromJSDate(value);
    if (typeof value === 'number') return DateTime.fromMillis(value);
    return value.includes('T')
      ? DateTime.fromISO(value, { zone: 'utc' })
      : DateTime.fromSQL(value, { zone: 'utc' });
  })();
  if (!parsed.isValid) {
    throw new Error(`Stored timestamp '${String(value)}' cannot be read`);
  }
  return parsed.toUTC().toISO()!;
}

/**
 * Like {@link toIsoUtc} for nullable columns.
 *
 * @internal
 */
export function toOptionalIsoUtc(
  value: StoredTimestamp | null | undefined,
): string | undefined {
  return value === null || value === undefined ? undefined : toIsoUtc(value);
}

/**
 * Turns an ISO 8601 string from the wire into the value bound to a timestamp column.
 *
 * @internal
 */
export function toDbTimestamp(iso: string): Date {
  return DateTime.fromISO(iso, { setZone: true }).toJSDate();
}
