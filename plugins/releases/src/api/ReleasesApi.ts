import { createApiRef } from '@backstage/core-plugin-api';
import {
  ApprovalRequest,
  CiDetail,
  HistoryEntry,
  Page,
  Release,
  ReleaseCreateRequest,
  ReleasePatchRequest,
  ReleaseStatus,
  TestResultsRequest,
  TransitionPreview,
  TransitionRequest,
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
  /**
   * One release.
   *
   * @param id - The release id.
   */
  getRelease(id: string): Promise<Release>;
  /** Creates a release in planning; the caller becomes its creator. */
  createRelease(request: ReleaseCreateRequest): Promise<Release>;
  /**
   * Changes fields of a release. The request carries the `revision` it is based on; a stale
   * one is refused with a 409.
   */
  updateRelease(id: string, request: ReleasePatchRequest): Promise<Release>;
  /**
   * Every status the release could move to next, for the calling user, each with the gates
   * that still fail.
   */
  getTransitions(id: string): Promise<TransitionPreview[]>;
  /**
   * Moves a release to another status. A refusal is a 409 whose message names every failing
   * gate.
   */
  transitionRelease(id: string, request: TransitionRequest): Promise<Release>;
  /**
   * Records an approval or a rejection at a gate. 403 when the caller may not approve, 409
   * when segregation of duties or the gate refuses.
   */
  recordApproval(id: string, request: ApprovalRequest): Promise<Release>;
  /** Records test results; the server stamps who and when. */
  recordTestResults(id: string, request: TestResultsRequest): Promise<Release>;
  /** The append-only history of a release, oldest first. */
  getHistory(id: string): Promise<HistoryEntry[]>;
}

/**
 * Reference to the {@link ReleasesApi}.
 *
 * @public
 */
export const releasesApiRef = createApiRef<ReleasesApi>({
  id: 'plugin.releases.service',
});
