import {
  Page,
  Release,
  ReleaseListQuery,
} from '@stagegate/plugin-releases-common';

/**
 * A release as it is first stored, before the store assigns its revision and timestamps.
 *
 * @internal
 */
export type NewRelease = Omit<
  Release,
  'revision' | 'createdAt' | 'updatedAt'
> & { createdAt?: string };

/**
 * Persistence of releases. Implementations only talk to storage; rules live in the
 * services and in `@stagegate/plugin-releases-common`.
 *
 * @internal
 */
export interface ReleaseStore {
  /** Lists releases, newest first, one page at a time. */
  listReleases(query: ReleaseListQuery): Promise<Page<Release>>;
  /** Reads one release, or undefined when there is none with that id. */
  getRelease(id: string): Promise<Release | undefined>;
  /** Stores a new release with its CIs and slots, in one transaction. */
  insertRelease(release: NewRelease): Promise<Release>;
}
