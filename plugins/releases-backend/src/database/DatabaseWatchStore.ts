import { Watch } from '@stagegate/plugin-releases-common';
import { Knex } from 'knex';
import { toDbTimestamp, toIsoUtc } from './timestamps';
import { WatchStore } from './WatchStore';

type DbWatchRow = {
  user_ref: string;
  target_ref: string;
  created_at: Date | string | number;
};

const watchFromRow = (row: DbWatchRow): Watch => ({
  targetRef: row.target_ref,
  createdAt: toIsoUtc(row.created_at),
});

/**
 * Matches targets without regard to case, as the catalog compares entity refs: a release may
 * spell a CI's ref differently from the catalog, under which watches are stored.
 */
function sameTargets(db: Knex, targetRefs: readonly string[]) {
  const lowered = targetRefs.map(ref => ref.toLocaleLowerCase('en-US'));
  return db.raw(
    `lower(target_ref) in (${lowered.map(() => '?').join(', ')})`,
    lowered,
  );
}

/**
 * Stores watches with knex, on SQLite or PostgreSQL, in the schema the release store's
 * migrations create.
 *
 * @internal
 */
export class DatabaseWatchStore implements WatchStore {
  constructor(private readonly db: Knex) {}

  async listWatches(userRef: string): Promise<Watch[]> {
    const rows: DbWatchRow[] = await this.db('release_watches')
      .where({ user_ref: userRef })
      .orderBy([
        { column: 'created_at', order: 'asc' },
        { column: 'target_ref', order: 'asc' },
      ]);
    return rows.map(watchFromRow);
  }

  async addWatch(
    userRef: string,
    targetRef: string,
    at: string,
  ): Promise<Watch> {
    // Two requests for the same watch may race; the unique key keeps one, and both answer it.
    await this.db('release_watches')
      .insert({
        user_ref: userRef,
        target_ref: targetRef,
        created_at: toDbTimestamp(at),
      })
      .onConflict(['user_ref', 'target_ref'])
      .ignore();
    const row: DbWatchRow = await this.db('release_watches')
      .where({ user_ref: userRef, target_ref: targetRef })
      .first();
    return watchFromRow(row);
  }

  async removeWatch(userRef: string, targetRef: string): Promise<boolean> {
    const removed = await this.db('release_watches')
      .where({ user_ref: userRef })
      .andWhere(sameTargets(this.db, [targetRef]))
      .delete();
    return removed > 0;
  }

  async watchersOf(targetRefs: readonly string[]): Promise<string[]> {
    if (targetRefs.length === 0) return [];
    const rows: Array<{ user_ref: string }> = await this.db('release_watches')
      .distinct('user_ref')
      .where(sameTargets(this.db, targetRefs))
      .orderBy('user_ref');
    return rows.map(row => row.user_ref);
  }
}
