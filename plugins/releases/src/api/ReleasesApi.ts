import { createApiRef } from '@backstage/core-plugin-api';
import {
  ApprovalRequest,
  CalendarResponse,
  CiDetail,
  CreatedFeedToken,
  DistributionList,
  FeedToken,
  HistoryEntry,
  KpiReport,
  Page,
  ReleaseCategory,
  Release,
  ReleaseCreateRequest,
  ReleaseNotes,
  ReleasePatchRequest,
  ReleaseStatus,
  ScheduleInterval,
  TestResultsRequest,
  TransitionPreview,
  TransitionRequest,
  Watch,
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
 * The filters of the master release calendar and its iCalendar feed. Values of one filter
 * are alternatives; different filters must all hold.
 *
 * @public
 */
export interface CalendarFilters {
  entityRef?: string[];
  system?: string[];
  owner?: string[];
  environment?: string[];
  category?: ReleaseCategory[];
  status?: string[];
  kind?: Array<'release' | 'change' | 'window'>;
  /** Only events that have or cause a conflict. */
  conflictsOnly?: boolean;
}

/**
 * A request for the master release calendar: a period and filters.
 *
 * @public
 */
export interface CalendarRequest extends CalendarFilters {
  /** ISO 8601; the start of the period (inclusive). */
  from?: string;
  /** ISO 8601; the end of the period (exclusive). */
  to?: string;
}

/**
 * A request for conflict-free slots of a duration for some CIs in one environment.
 *
 * @public
 */
export interface SlotSuggestionRequest {
  entityRefs: string[];
  environment: string;
  /** ISO 8601 duration, such as `PT2H`. */
  duration: string;
  /** How many slots, 1 to 50; the backend's default is 5. */
  count?: number;
  /** ISO 8601; the earliest start, default now. */
  after?: string;
  category?: ReleaseCategory;
  owner?: string;
  /** The release being rescheduled: its own slots are not in the way. */
  excludeReleaseId?: string;
}

/**
 * An override of some blocking conflicts of a release.
 *
 * @public
 */
export interface ConflictOverrideRequest {
  conflictIds: string[];
  reason: string;
  /** The revision of the release the override is based on. */
  revision: number;
}

/**
 * A request for the process KPIs: a period and optional filters, each one value.
 *
 * @public
 */
export interface KpiRequest {
  /** ISO 8601; the start of the period (inclusive). */
  from?: string;
  /** ISO 8601; the end of the period (exclusive). */
  to?: string;
  /** A system entity ref, such as `system:default/payments`. */
  system?: string;
  /** A group or user entity ref. */
  owner?: string;
  category?: ReleaseCategory;
  /** The IANA zone whose weeks and months the figures are counted in; default UTC. */
  tz?: string;
}

/**
 * A file the backend sent for download, such as the KPI export.
 *
 * @public
 */
export interface DownloadedFile {
  /** The name the backend suggests, or a fallback. */
  fileName: string;
  content: Blob;
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
  /**
   * The master release calendar of a period: release slots, changes and change window
   * occurrences, with the conflicts among them.
   */
  getCalendar(request?: CalendarRequest): Promise<CalendarResponse>;
  /** The next conflict-free slots of a duration, in order. */
  suggestSlots(request: SlotSuggestionRequest): Promise<ScheduleInterval[]>;
  /**
   * Records an override of blocking conflicts, with a reason. Needs
   * `releases.conflict.override`; a stale revision gets 409.
   */
  overrideConflicts(
    id: string,
    request: ConflictOverrideRequest,
  ): Promise<Release>;
  /** The calling user's calendar feed tokens, newest first, without their secrets. */
  listFeedTokens(): Promise<FeedToken[]>;
  /** Makes a calendar feed token; its secret is in this answer only. */
  createFeedToken(name: string): Promise<CreatedFeedToken>;
  /** Revokes one of the calling user's feed tokens. */
  revokeFeedToken(tokenId: string): Promise<void>;
  /**
   * The address a calendar client subscribes to: the iCalendar feed with a feed token and
   * the calendar's filters, and the zone to write times in.
   */
  getCalendarFeedUrl(
    token: string,
    filters?: CalendarFilters,
    timeZone?: string,
  ): Promise<string>;
  /** The process KPIs of a period: totals, weekly and monthly figures, time to implement. */
  getKpis(request?: KpiRequest): Promise<KpiReport>;
  /**
   * The same KPIs as a CSV file, fetched with the viewer's credentials so that it can be
   * saved.
   */
  exportKpis(request?: KpiRequest): Promise<DownloadedFile>;
  /** The CIs and systems the calling user watches. */
  listWatches(): Promise<Watch[]>;
  /** Starts watching a CI or system; watching it again changes nothing. */
  watch(targetRef: string): Promise<void>;
  /** Stops watching a CI or system. */
  unwatch(targetRef: string): Promise<void>;
  /** The release notes of a release, as Markdown generated from its contents. */
  getReleaseNotes(id: string): Promise<ReleaseNotes>;
  /** The configured distribution lists a release can choose. */
  listDistributionLists(): Promise<DistributionList[]>;
}

/**
 * Reference to the {@link ReleasesApi}.
 *
 * @public
 */
export const releasesApiRef = createApiRef<ReleasesApi>({
  id: 'plugin.releases.service',
});
