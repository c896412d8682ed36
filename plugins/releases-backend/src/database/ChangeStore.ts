import {
  Change,
  ChangeListQuery,
  Page,
} from '@stagegate/plugin-releases-common';

/**
 * A change as first stored, before the store assigns its revision and timestamps.
 *
 * @internal
 */
export type NewChange = Omit<Change, 'revision' | 'createdAt' | 'updatedAt'> & {
  createdAt?: string;
};

/**
 * Persistence of changes that are not releases.
 *
 * @internal
 */
export interface ChangeStore {
  /** Changes overlapping the query's period, by start time, one page at a time. */
  listChanges(query: ChangeListQuery): Promise<Page<Change>>;
  getChange(id: string): Promise<Change | undefined>;
  /** Stores a new change with its CIs in one transaction. */
  insertChange(change: NewChange): Promise<Change>;
}
