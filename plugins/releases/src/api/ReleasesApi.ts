import { createApiRef } from '@backstage/core-plugin-api';
import {
  CiDetail,
  Page,
  Release,
  ReleaseStatus,
} from '@stagegate/plugin-releases-common';

/**
 * What the release list can be narrowed to.
 *
 * @public
 */
export interface ReleaseListRequest {
  entityRef?: string;
  status?: ReleaseStatus[];
  pending?: boolean;
  /** ISO 8601; only releases with a slot ending after it. */
  from?: string;
  /** ISO 8601; only releases with a slot starting before it. */
  to?: string;
  limit?: number;
  cursor?: string;
}

/**
 * Client of the Stagegate releases backend.
 *
 * @public
 */
export interface ReleasesApi {
  /** One page of releases, newest first. */
  listReleases(request?: ReleaseListRequest): Promise<Page<Release>>;
  /**
   * One configuration item with its attributes, direct relations, the change windows that
   * apply and its freeze status; `undefined` when the entity is not a CI or the caller may
   * not see it.
   *
   * @param entityRef - The entity ref, such as `component:default/payments`.
   */
  getCi(entityRef: string): Promise<CiDetail | undefined>;
}

/**
 * Reference to the {@link ReleasesApi}.
 *
 * @public
 */
export const releasesApiRef = createApiRef<ReleasesApi>({
  id: 'plugin.releases.service',
});
