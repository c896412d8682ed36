import { DateTime } from 'luxon';
import { z } from 'zod';
import { RELEASE_CATEGORIES } from './release';
import type { ReleaseStatus } from './lifecycle';
import { entityRefSchema, timeZoneSchema } from './fieldSchemas';
import { checkPeriodSpan } from './periodSpan';

/**
 * The process KPIs of one period. Every count is of releases the caller may read, except
 * `unauthorizedImplementations`, which counts deployment reports. "Implemented" is the base of
 * most figures: a release whose production slot ended (`actualEnd`) in the period and whose
 * status is `deployed`, `review`, `closed`, `failed` or `backed_out`.
 *
 * @public
 */
export type KpiFigures = {
  /** Releases whose production slot's `actualEnd` is in the period, and that reached production. */
  implemented: number;
  /** Implemented releases whose production `actualEnd` is after the slot's planned `end`. */
  late: number;
  /**
   * Releases that failed: status `failed`, or a production slot with status `failed`. Counted
   * when the production slot failed (its `actualEnd`, else `actualStart`, else planned start),
   * or else when the release moved to `failed` in its history.
   */
  failed: number;
  /** Implemented releases of category `emergency`. */
  urgent: number;
  /** Implemented releases with no RFC recorded. */
  withoutRfc: number;
  /**
   * Finished (`succeeded` or `failed`) production deployments reported through
   * `POST /deployments` that no approved release covered. Filtered by the system and owner of
   * the deployed CI in the catalog; none with a category filter; not limited by release read
   * access, as they belong to no release.
   */
  unauthorizedImplementations: number;
  /**
   * Implemented releases without adequate testing: at their latest approving CAB or ECAB
   * decision there was no test result, or the latest result per test name and environment
   * recorded by then did not all pass (see `testedBeforeApproval`). Releases that reached
   * production without such an approval, emergencies that skipped the TRR included, count.
   */
  withoutAdequateTesting: number;
  /**
   * Implemented releases in status `deployed`, `review` or `closed` with no PIR outcome, once
   * the PIR is due: closed, or their production `actualEnd` is more than
   * `releases.prompts.pirDueAfter` (default P5D) before now. Failed and backed-out releases
   * end without a PIR and are not counted.
   */
  withoutPir: number;
  /** Incidents recorded against releases, counted in the period they were recorded. */
  incidentsCaused: number;
  /** Implemented releases of unit type `full` or `package`. */
  majorReleases: number;
  /** Implemented releases of unit type `delta`. */
  minorReleases: number;
  /** Implemented releases with status `backed_out`. */
  backedOut: number;
  /** `backedOut` as a percentage of `implemented`, to one decimal; 0 when nothing was implemented. */
  backoutPercent: number;
  /** Backed-out releases (as in `backedOut`) whose backout outcome was recorded as `failed`. */
  failedBackouts: number;
  /** `failedBackouts` as a percentage of `backedOut`, to one decimal; 0 when nothing was backed out. */
  failedBackoutPercent: number;
  /**
   * Distinct conflicts (per release and conflict id) first found on a release while its status
   * was one of {@link BEFORE_CAB_STATUSES}, counted when first found.
   */
  conflictsCaughtBeforeCab: number;
};

/**
 * The figure names of {@link KpiFigures}, in the order reports and CSV columns show them.
 *
 * @public
 */
export const KPI_FIGURE_NAMES = [
  'implemented',
  'late',
  'failed',
  'urgent',
  'withoutRfc',
  'unauthorizedImplementations',
  'withoutAdequateTesting',
  'withoutPir',
  'incidentsCaused',
  'majorReleases',
  'minorReleases',
  'backedOut',
  'backoutPercent',
  'failedBackouts',
  'failedBackoutPercent',
  'conflictsCaughtBeforeCab',
] as const satisfies readonly (keyof KpiFigures)[];

/**
 * Figures with every count and percentage 0: a period in which nothing happened.
 *
 * @public
 */
export function emptyKpiFigures(): KpiFigures {
  return Object.fromEntries(
    KPI_FIGURE_NAMES.map(name => [name, 0]),
  ) as KpiFigures;
}

/**
 * The figures of one week or month. `start` and `end` are ISO 8601 UTC instants of a
 * half-open interval `[start, end)`, clipped to the report's period.
 *
 * @public
 */
export type KpiBucket = { start: string; end: string; figures: KpiFigures };

/**
 * The dimensions time to implement is broken down by.
 *
 * @public
 */
export const TIME_TO_IMPLEMENT_DIMENSIONS = ['unitType', 'category'] as const;

/**
 * End-to-end time to implement (`createdAt` to production `actualEnd`) of the implemented
 * releases with one unit type or category. Hours are `null` when `count` is 0.
 *
 * @public
 */
export type TimeToImplement = {
  dimension: (typeof TIME_TO_IMPLEMENT_DIMENSIONS)[number];
  value: string;
  count: number;
  averageHours: number | null;
  bestHours: number | null;
  worstHours: number | null;
};

/**
 * The answer of `GET /kpis`.
 *
 * @public
 */
export type KpiReport = {
  period: { from: string; to: string };
  filters: { system?: string; owner?: string; category?: string };
  /** The IANA zone of the weeks and months: the query's `tz`, else `UTC`. */
  timeZone: string;
  totals: KpiFigures;
  /** ISO weeks (Monday 00:00 in `timeZone`), clipped to the period. */
  weekly: KpiBucket[];
  /** Calendar months (in `timeZone`), clipped to the period. */
  monthly: KpiBucket[];
  timeToImplement: TimeToImplement[];
  generatedAt: string;
};

/**
 * The longest period one KPI request may span, in days (two years).
 *
 * @public
 */
export const MAX_KPI_SPAN_DAYS = 731;

/**
 * The period a KPI request covers when it names no `from`, in days before `to`.
 *
 * @public
 */
export const DEFAULT_KPI_SPAN_DAYS = 90;

/**
 * The formats `GET /kpis` answers in.
 *
 * @public
 */
export const KPI_FORMATS = ['json', 'csv'] as const;

const isoDateTime = z.string().datetime({
  offset: true,
  message:
    'Use an ISO 8601 date-time with an offset, such as 2026-03-01T10:00:00Z',
});

const checkSpan = checkPeriodSpan(MAX_KPI_SPAN_DAYS, 'from');

/**
 * The query of `GET /kpis`. The period must end after it starts and span at most
 * {@link MAX_KPI_SPAN_DAYS} days; when `from` or `to` is left out, check the period
 * {@link kpiPeriod} completes with {@link kpiPeriodSchema}.
 *
 * @public
 */
export const kpiQuerySchema = z
  .object({
    from: isoDateTime.optional(),
    to: isoDateTime.optional(),
    system: entityRefSchema(['system'], 'system:default/payments').optional(),
    owner: entityRefSchema(undefined, 'group:default/payments-team').optional(),
    category: z
      .enum(RELEASE_CATEGORIES, {
        message: `The category must be one of ${RELEASE_CATEGORIES.join(', ')}`,
      })
      .optional(),
    /** The zone whose weeks and months the figures are bucketed in; default UTC. */
    tz: timeZoneSchema('tz'),
    format: z
      .enum(KPI_FORMATS, {
        message: `The format must be one of ${KPI_FORMATS.join(', ')}`,
      })
      .default('json'),
  })
  .strict()
  .superRefine(checkSpan);

/**
 * A complete KPI period, as {@link kpiPeriod} gives it: it must end after it starts and span
 * at most {@link MAX_KPI_SPAN_DAYS} days.
 *
 * @public
 */
export const kpiPeriodSchema = z
  .object({ from: isoDateTime, to: isoDateTime })
  .superRefine(checkSpan);

/**
 * A parsed query of `GET /kpis`.
 *
 * @public
 */
export type KpiQuery = z.output<typeof kpiQuerySchema>;

/**
 * One half-open interval `[start, end)` of ISO 8601 UTC instants.
 *
 * @public
 */
export type KpiPeriod = { start: string; end: string };

const toIso = (time: DateTime) =>
  time.toUTC().toISO({ suppressMilliseconds: true })!;

/**
 * The period of a KPI request: `to` defaults to `now`, `from` to
 * {@link DEFAULT_KPI_SPAN_DAYS} days before `to`. Both come back as UTC ISO instants.
 *
 * @public
 */
export function kpiPeriod(
  query: { from?: string; to?: string },
  now: Date,
): { from: string; to: string } {
  // In UTC: days counted in the server's zone would be an hour short across a DST change.
  const to = query.to
    ? DateTime.fromISO(query.to, { zone: 'utc' })
    : DateTime.fromJSDate(now, { zone: 'utc' });
  const from = query.from
    ? DateTime.fromISO(query.from, { zone: 'utc' })
    : to.minus({ days: DEFAULT_KPI_SPAN_DAYS });
  return { from: toIso(from), to: toIso(to) };
}

/**
 * Splits a period into ISO weeks (starting Monday 00:00) or calendar months of a time zone,
 * clipped to the period: the first and last bucket may be partial. Boundaries are the zone's
 * local midnights, so a week across a DST change is an hour shorter or longer; the buckets
 * come back as UTC instants.
 *
 * @param unit - `week` or `month`.
 * @param zone - An IANA zone; default UTC.
 * @public
 */
export function kpiBuckets(
  period: { from: string; to: string },
  unit: 'week' | 'month',
  zone = 'UTC',
): KpiPeriod[] {
  const from = DateTime.fromISO(period.from, { zone });
  const to = DateTime.fromISO(period.to, { zone });
  const buckets: KpiPeriod[] = [];
  let start = from;
  while (start < to) {
    const next = start
      .startOf(unit)
      .plus(unit === 'week' ? { weeks: 1 } : { months: 1 });
    const end = next < to ? next : to;
    buckets.push({ start: toIso(start), end: toIso(end) });
    start = end;
  }
  return buckets;
}

/**
 * `part` as a percentage of `whole`, to one decimal; 0 when `whole` is 0, so an empty period
 * reads as "none" rather than as an error.
 *
 * @public
 */
export function kpiPercent(part: number, whole: number): number {
  if (whole <= 0) return 0;
  return Math.round((part / whole) * 1000) / 10;
}

/**
 * The statuses of a release still being prepared for the CAB: a conflict found on it then
 * counts in `conflictsCaughtBeforeCab`.
 *
 * @public
 */
export const BEFORE_CAB_STATUSES: readonly ReleaseStatus[] = [
  'planning',
  'build',
  'test',
  'readiness',
];
