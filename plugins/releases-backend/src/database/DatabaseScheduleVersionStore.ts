import { Knex } from 'knex';
import { ScheduleVersionStore } from './ScheduleVersionStore';

const TABLE = 'schedule_version';

/**
 * Raises the schedule's version inside a transaction that changed the schedule. Call it as
 * the transaction's last statement: the row it locks is then held only until the commit and
 * after every other lock the transaction takes, so writers queue on it but never deadlock.
 *
 * @internal
 */
export async function raiseScheduleVersion(tx: Knex): Promise<void> {
  await tx(TABLE).where({ id: 1 }).increment('version', 1);
}

/**
 * Reads the schedule's version from its one row.
 *
 * @internal
 */
export class DatabaseScheduleVersionStore implements ScheduleVersionStore {
  constructor(private readonly db: Knex) {}

  async current(): Promise<string> {
    const row: { version: number | string } | undefined = await this.db(TABLE)
      .where({ id: 1 })
      .first('version');
    // PostgreSQL hands a bigint back as a string, SQLite as a number.
    return String(row?.version ?? 0);
  }
}
