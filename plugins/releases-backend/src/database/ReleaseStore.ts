import { PermissionCriteria } from '@backstage/plugin-permission-common';
import {
  Page,
  Release,
  ReleaseListQuery,
} from '@stagegate/plugin-releases-common';
import { ReleaseFilter, ReleaseResource } from '../permissions';

/**
 * A release as it is first stored, before the store assigns its revision and timestamps.
 *
 * @internal
 */
export type NewRelease = Omit<
  Release,
  'revision' | 'createdAt' | 'updatedAt'
> & {
  createdAt?: string;
  /** The catalog owner of each CI, by entity ref, for permission rules. */
  entityOwners?: Record<string, string | undefined>;
};

/**
 * Persistence of releases. Implementations only talk to storage; rules live in the
 * services and in `@stagegate/plugin-releases-common`.
 *
 * @internal
 */
export interface ReleaseStore {
  /**
   * Lists releases, newest first, one page at a time; with `permitted`, only those that match
   * the conditions of a permission decision.
   */
  listReleases(
    query: ReleaseListQuery,
    permitted?: PermissionCriteria<ReleaseFilter>,
  ): Promise<Page<Release>>;
  /** The releases with these ids as permission rules see them, in order. */
  getReleaseResources(
    ids: string[],
  ): Promise<Array<ReleaseResource | undefined>>;
  /** Reads one release, or undefined when there is none with that id. */
  getRelease(id: string): Promise<Release | undefined>;
  /** Stores a new release with its CIs and slots, in one transaction. */
  insertRelease(release: NewRelease): Promise<Release>;
}
