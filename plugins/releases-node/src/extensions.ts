import { createExtensionPoint } from '@backstage/backend-plugin-api';

/**
 * A change on the forward schedule of changes that is not a release, as an external source
 * (an ITSM tool, an infrastructure change calendar) reports it.
 *
 * @public
 */
export interface ExternalChange {
  /** Stable id of the change in its source, for example an RFC number. */
  externalId: string;
  title: string;
  /** The CIs the change touches, as entity refs. */
  entityRefs: string[];
  environment: string;
  /** Start of the change, ISO 8601. */
  start: string;
  /** End of the change, ISO 8601, exclusive. */
  end: string;
  url?: string;
}

/**
 * A source of changes that are not releases, such as an ITSM tool. The releases backend reads
 * every registered source when it builds the forward schedule of changes.
 *
 * @public
 */
export interface ChangeSource {
  /** A unique, stable name of the source, used to namespace its changes. */
  readonly id: string;
  /** The changes of the source that overlap the half-open period [from, to). */
  readChanges(period: { from: string; to: string }): Promise<ExternalChange[]>;
}

/**
 * Extension point through which backend modules add change sources to the releases plugin.
 *
 * @public
 */
export interface ReleasesChangeSourcesExtensionPoint {
  /** Adds one or more change sources. */
  addChangeSource(...sources: Array<ChangeSource | ChangeSource[]>): void;
}

/**
 * Extension point through which backend modules add change sources to the releases plugin.
 *
 * @public
 */
export const releasesChangeSourcesExtensionPoint =
  createExtensionPoint<ReleasesChangeSourcesExtensionPoint>({
    id: 'releases.change-sources',
  });
