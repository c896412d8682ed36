import { z } from 'zod';
import { isoDateTimeSchema } from './fieldSchemas';
import { ReleaseStatus, RELEASE_STATUSES } from './lifecycle';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './pagination';
import type { Approval, ConflictOverride } from './approvalFields';
import type { Conflict } from './conflicts/types';
import type { BackoutOutcome, Incident } from './kpiFields';
import type { ReleaseOverdue } from './stageDeadlines';
import type {
  BackoutPlan,
  ContentItem,
  PirOutcome,
  TestResult,
} from './releaseFields';

/**
 * Release unit types: only the changed components, everything rebuilt, or a package of
 * delta releases that is backed out together.
 *
 * @public
 */
export const RELEASE_UNIT_TYPES = ['delta', 'full', 'package'] as const;

/**
 * The unit type of a release.
 *
 * @public
 */
export type ReleaseUnitType = (typeof RELEASE_UNIT_TYPES)[number];

/**
 * Release categories: major, minor (fixes known errors), or an emergency fix.
 *
 * @public
 */
export const RELEASE_CATEGORIES = [
  'scheduled',
  'unscheduled',
  'emergency',
] as const;

/**
 * The category of a release.
 *
 * @public
 */
export type ReleaseCategory = (typeof RELEASE_CATEGORIES)[number];

/**
 * One planned deployment of a release to one environment.
 *
 * @public
 */
export const scheduleSlotSchema = z.object({
  environment: z.string().min(1),
  start: isoDateTimeSchema,
  end: isoDateTimeSchema,
  actualStart: isoDateTimeSchema.optional(),
  actualEnd: isoDateTimeSchema.optional(),
  status: z
    .enum(['planned', 'in_progress', 'done', 'failed', 'backed_out'])
    .default('planned'),
});

/**
 * One planned deployment of a release to one environment.
 *
 * @public
 */
export type ScheduleSlot = z.infer<typeof scheduleSlotSchema>;

/**
 * A release as the API returns it. Times are ISO 8601 in UTC.
 *
 * @public
 */
export type Release = {
  id: string;
  /** Human key, for example `REL-2026-0042`. */
  key: string;
  title: string;
  description: string;
  unitType: ReleaseUnitType;
  category: ReleaseCategory;
  status: ReleaseStatus;
  version?: string;
  /** The CIs of the release; the first one is primary. */
  entityRefs: string[];
  parentId?: string;
  owner?: string;
  rfc?: { id: string; url?: string };
  schedule: ScheduleSlot[];
  // The fields below are optional on the wire: absent means "not recorded yet", and every
  // gate that needs one names it when it is missing.
  /** The version description document (VDD): what is in the release. */
  contents?: ContentItem[];
  testPlan?: string;
  /** Append-only; the latest result per test name and environment counts. */
  testResults?: TestResult[];
  backoutPlan?: BackoutPlan;
  acceptanceCriteria?: string;
  knownErrors?: string;
  /**
   * Distribution lists (`releases.notifications.distributionLists`) that get this release's
   * notifications, besides its owner, creator, CI owners and watchers.
   */
  distributionLists?: string[];
  /** The post-implementation review; required before the release closes. */
  pirOutcome?: PirOutcome;
  /** Incidents the release caused, as recorded against it, oldest first. */
  incidents?: Incident[];
  /** How the backout ended, when the release was backed out and the outcome recorded. */
  backoutOutcome?: BackoutOutcome;
  /** Append-only decisions at the gates, oldest first. */
  approvals?: Approval[];
  /** Overrides of blocking conflicts, oldest first; each names the conflicts it overrides. */
  conflictOverrides?: ConflictOverride[];
  /**
   * The release's scheduling conflicts: re-checked on read of one release, and as stored at
   * the last save in lists.
   */
  conflicts?: Conflict[];
  /** When `conflicts` were checked, ISO 8601. */
  conflictsCheckedAt?: string;
  /**
   * Set when the conflicts could not be checked again on this read (the catalog is down):
   * why, in words a person can act on. `conflicts` are then those stored at
   * `conflictsCheckedAt`.
   */
  conflictsUnchecked?: string;
  /** While `on_hold`: the status to resume to. */
  heldFrom?: ReleaseStatus;
  /** When the release entered its current status, ISO 8601 UTC; set by every status change. */
  stageEnteredAt?: string;
  /**
   * Set when the release has stayed in its status longer than the configured time limit;
   * computed when it is read, never stored.
   */
  overdue?: ReleaseOverdue;
  revision: number;
  createdAt: string;
  updatedAt: string;
  createdBy: string;
};

/**
 * Query of the release list, as it arrives on the wire (all values are strings).
 *
 * @public
 */
export const releaseListQuerySchema = z.object({
  entityRef: z.string().min(1).optional(),
  status: z
    .union([z.enum(RELEASE_STATUSES), z.array(z.enum(RELEASE_STATUSES))])
    .optional()
    .transform(value =>
      value === undefined ? undefined : ([] as string[]).concat(value),
    ),
  pending: z
    .enum(['true', 'false'])
    .optional()
    .transform(value => (value === undefined ? undefined : value === 'true')),
  from: isoDateTimeSchema.optional(),
  to: isoDateTimeSchema.optional(),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_PAGE_SIZE)
    .default(DEFAULT_PAGE_SIZE),
  cursor: z.string().min(1).optional(),
});

/**
 * A parsed query of the release list.
 *
 * @public
 */
export type ReleaseListQuery = z.output<typeof releaseListQuerySchema>;
