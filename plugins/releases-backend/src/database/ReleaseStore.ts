import { PermissionCriteria } from '@backstage/plugin-permission-common';
import {
  HistoryEntry,
  Page,
  Release,
  ReleaseCategory,
  ReleaseListQuery,
  ReleaseStatus,
} from '@stagegate/plugin-releases-common';
import { CheckedConflicts, EntityOwners } from './releaseWrites';
import { ReleaseFilter, ReleaseResource } from '../permissions';

/**
 * A release as it is first stored, before the store assigns its revision and timestamps.
 *
 * @internal
 */
export type NewRelease = Omit<
  Release,
  'key' | 'revision' | 'createdAt' | 'updatedAt'
> & {
  /** The human key; the store gives the next free `REL-<year>-<nnnn>` when absent. */
  key?: string;
  createdAt?: string;
  /** The catalog owner of each CI, by entity ref, for permission rules. */
  entityOwners?: EntityOwners;
  /** The release's scheduling conflicts, checked before it is stored. */
  checkedConflicts?: CheckedConflicts;
};

/**
 * One accepted change of a release: the state it was based on, the new state, and its
 * history entry.
 *
 * @internal
 */
export type ReleaseChange = {
  before: Release;
  after: Release;
  entry: HistoryEntry;
  /** When the CIs changed: the catalog owner of each. */
  entityOwners?: EntityOwners;
  /** When the schedule, scope or status changed: the conflicts checked for `after`. */
  checkedConflicts?: CheckedConflicts;
};

/**
 * One slot of a release with what conflict detection needs of the release: a lean read of
 * the forward schedule, without the working documents.
 *
 * @internal
 */
export type ScheduledReleaseSlot = {
  releaseId: string;
  key: string;
  title: string;
  entityRefs: string[];
  owner?: string;
  category: ReleaseCategory;
  status: ReleaseStatus;
  environment: string;
  start: string;
  end: string;
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
  /** The releases whose parent (package) is `parentId`. */
  listChildren(parentId: string): Promise<Release[]>;
  /**
   * Stores a new release with its CIs, slots and its `created` history entry, in one
   * transaction.
   */
  insertRelease(release: NewRelease): Promise<Release>;
  /**
   * Stores changes of one or more releases with their history entries, all in one
   * transaction. When any release has moved past the revision its change was based on,
   * nothing is written and a ConflictError is thrown.
   */
  saveChanges(changes: ReleaseChange[]): Promise<Release[]>;
  /**
   * The release slots overlapping the half-open period, optionally only in some
   * environments, whoever may read them.
   */
  listSlotsBetween(
    period: { from: string; to: string },
    environments?: readonly string[],
  ): Promise<ScheduledReleaseSlot[]>;
  /** The history of a release, oldest first. */
  listHistory(releaseId: string): Promise<HistoryEntry[]>;
  /**
   * Replaces the stored conflicts of releases whose conflicts changed because another one
   * moved; this is derived data, so it changes neither revision nor history.
   */
  refreshConflicts(
    conflicts: ReadonlyMap<string, CheckedConflicts>,
  ): Promise<void>;
}
