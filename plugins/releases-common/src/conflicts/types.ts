import {
  ChangeWindowScope,
  ChangeWindowType,
  WindowEnforcement,
} from '../changeWindow';
import { Ci } from '../ci';
import { CiGraph } from '../ciGraph';
import { ReleaseCategory } from '../release';
import { WindowOccurrence } from '../windowOccurrences';

/**
 * A half-open interval `[start, end)` of ISO 8601 UTC instants.
 *
 * @public
 */
export type ScheduleInterval = {
  start: string;
  end: string;
};

/**
 * One interval of the forward schedule of changes (FSC): one slot of a release in one
 * environment, or one change that is not a release. The slots of a release share the
 * release's `id` and differ by environment; items with the same kind and id never conflict
 * with each other.
 *
 * @public
 */
export type ScheduledItem = {
  id: string;
  kind: 'release' | 'change';
  title: string;
  /** The CIs the item changes. */
  entityRefs: string[];
  environment: string;
  /** ISO 8601; the interval is half-open, `[start, end)`. */
  start: string;
  end: string;
  /** The release owner; used for `owner-overlap` in production. */
  owner?: string;
  /** Windows let the categories in their `allowCategories` through. */
  category?: ReleaseCategory;
  /** Items whose status is one of {@link IGNORED_SCHEDULE_STATUSES} are ignored. */
  status?: string;
};

/**
 * Statuses of scheduled items that never take part in conflicts.
 *
 * @public
 */
export const IGNORED_SCHEDULE_STATUSES: readonly string[] = [
  'cancelled',
  'closed',
];

/**
 * The kinds of scheduling conflict, as in the design's conflict detection table.
 *
 * @public
 */
export const CONFLICT_TYPES = [
  'ci-overlap',
  'related-ci-overlap',
  'blackout-window',
  'outside-maintenance-window',
  'owner-overlap',
] as const;

/**
 * The kind of a scheduling conflict.
 *
 * @public
 */
export type ConflictType = (typeof CONFLICT_TYPES)[number];

/**
 * Conflict types between two scheduled items (not with a window); their enforcement is
 * configured rather than taken from a window.
 *
 * @public
 */
export type ItemConflictType =
  | 'ci-overlap'
  | 'related-ci-overlap'
  | 'owner-overlap';

/**
 * Severities of a conflict, from least to most severe.
 *
 * @public
 */
export const CONFLICT_SEVERITIES = [
  'low',
  'medium',
  'high',
  'critical',
] as const;

/**
 * The severity of a conflict.
 *
 * @public
 */
export type ConflictSeverity = (typeof CONFLICT_SEVERITIES)[number];

/**
 * The other party of a conflict: another release or change, or a change window.
 *
 * @public
 */
export type ConflictParty = {
  kind: 'release' | 'change' | 'window';
  id: string;
  title: string;
};

/**
 * One scheduling conflict of one scheduled item.
 *
 * @public
 */
export type Conflict = {
  /**
   * Stable within the item: the same conflict gets the same id on every check, so a gate can
   * name it and an override can refer to it.
   */
  id: string;
  type: ConflictType;
  severity: ConflictSeverity;
  enforcement: WindowEnforcement;
  /** The id of the scheduled item that has the conflict. */
  itemId: string;
  other: ConflictParty;
  /** Every affected CI, sorted; for related and owner conflicts, those of both sides. */
  entityRefs: string[];
  environment: string;
  /** The overlap (for a maintenance window: the slot that is not inside one occurrence). */
  interval: ScheduleInterval;
  /** A sentence a person can act on. */
  message: string;
};

/**
 * The attributes of a CI that conflict detection reads: window scopes match on them, and a
 * `critical` CI raises the severity.
 *
 * @public
 */
export type ConflictCi = Pick<
  Ci,
  'entityRef' | 'system' | 'ciClass' | 'criticality' | 'environments'
>;

/**
 * A change window prepared for conflict checks: its occurrences expanded once, in its own
 * time zone, over a horizon. Build it with {@link prepareConflictWindows}.
 *
 * @public
 */
export type ConflictWindow = {
  id: string;
  title: string;
  type: ChangeWindowType;
  enforcement: WindowEnforcement;
  allowCategories: ReleaseCategory[];
  /** `scope.environments`; undefined means every environment. */
  environments?: string[];
  /**
   * The scope without its environments; which CIs the window applies to, matched with
   * `windowAppliesToCi` on each CI's attributes.
   */
  scope?: Omit<ChangeWindowScope, 'environments'>;
  /** The occurrences that overlap `horizon`, sorted by start, as UTC instants. */
  occurrences: WindowOccurrence[];
  /**
   * Where `occurrences` are complete. A slot outside it cannot be judged against this window:
   * the checks throw a RangeError, unless `truncated` is set.
   */
  horizon: ScheduleInterval;
  /**
   * Whether the expansion stopped at its occurrence limit; `horizon.end` is then cut back,
   * and the window is skipped for slots beyond it.
   */
  truncated: boolean;
};

/**
 * Settings of conflict detection.
 *
 * @public
 */
export type ConflictOptions = {
  /** The configured environments in promotion order; the last one is production. */
  environments: readonly string[];
  /** How far the catalog graph is walked for related-CI conflicts; default 1. */
  relatedDepth?: number;
  /**
   * Enforcement of the conflicts that do not come from a window; defaults
   * {@link DEFAULT_CONFLICT_ENFORCEMENTS}.
   */
  enforcements?: Partial<Record<ItemConflictType, WindowEnforcement>>;
};

/**
 * Everything conflict detection reads besides the scheduled items.
 *
 * @public
 */
export type ConflictContext = ConflictOptions & {
  /** CI attributes by entity ref; a CI missing here matches only unscoped selectors. */
  cis?: ReadonlyMap<string, ConflictCi>;
  /** The CI relation graph; without it there are no related-CI conflicts. */
  graph?: CiGraph;
  /** The change windows, prepared over a horizon that covers the slots checked. */
  windows?: readonly ConflictWindow[];
};

/**
 * Enforcement of the conflicts that do not come from a window, unless configured.
 *
 * @public
 */
export const DEFAULT_CONFLICT_ENFORCEMENTS: Readonly<
  Record<ItemConflictType, WindowEnforcement>
> = {
  'ci-overlap': 'approval',
  'related-ci-overlap': 'warn',
  'owner-overlap': 'warn',
};
