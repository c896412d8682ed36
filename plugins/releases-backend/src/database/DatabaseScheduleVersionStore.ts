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
  #next?: Promise<string>;

  constructor(private readonly db: Knex) {}

  /**
   * The version now. Calls made in the same turn of the event loop share one read, which
   * starts after all of them were made: each still sees every write committed before it
   * was called, and a burst of requests costs one query instead of one each.
   */
  current(): Promise<string> {
    this.#next ??= new Promise(setImmediate).then(() => {
      this.#next = undefined;
      return this.read();
    });
    return this.#next;
  }

  private async read(): Promise<string> {
    const row: { version: number | string } | undefined = await this.db(TABLE)
      .where({ id: 1 })
      .first('version');
    // PostgreSQL hands a bigint back as a string, SQLite as a number.
    return String(row?.version ?? 0);
  }
}
