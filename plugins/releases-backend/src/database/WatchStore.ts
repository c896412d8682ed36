import { Watch } from '@stagegate/plugin-releases-common';

/**
 * Persistence of users' watches of CIs and systems.
 *
 * @internal
 */
export interface WatchStore {
  /** The watches of one user, oldest first. */
  listWatches(userRef: string): Promise<Watch[]>;
  /**
   * Starts a watch, or keeps the one that exists with its first time; answers the watch as
   * stored.
   */
  addWatch(userRef: string, targetRef: string, at: string): Promise<Watch>;
  /** Ends a watch, the target compared without regard to case; false when there was none. */
  removeWatch(userRef: string, targetRef: string): Promise<boolean>;
  /**
   * The users who watch any of the targets, compared without regard to case as the catalog
   * compares refs, each once, sorted.
   */
  watchersOf(targetRefs: readonly string[]): Promise<string[]>;
}
