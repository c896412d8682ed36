import { DateTime, Duration } from 'luxon';
import { MAIN_LINE_STATUSES, ReleaseStatus } from './lifecycle';
import { productionEnvironment } from './promotion';
import type { Release, ScheduleSlot } from './release';
import { checkTestReadiness } from './testGates';

/**
 * A status that can have a time limit: an active stage of the main line, where a release
 * waits on someone's work. Side states (on hold, cancelled, ...) and `closed` have no limit.
 *
 * @public
 */
export type StageLimitStatus = Exclude<
  ReleaseStatus,
  'closed' | 'on_hold' | 'cancelled' | 'failed' | 'backed_out'
>;

/**
 * The statuses a time limit can be set for, in lifecycle order.
 *
 * @public
 */
export const STAGE_LIMIT_STATUSES = MAIN_LINE_STATUSES.filter(
  (status): status is StageLimitStatus => status !== 'closed',
);

/**
 * How long a release may stay in each stage, as ISO 8601 durations such as `P14D`.
 *
 * @public
 */
export type StageTimeLimits = Partial<Record<StageLimitStatus, string>>;

/**
 * The settings of stage warnings and prompts.
 *
 * @public
 */
export type StageSettings = {
  /** How long a release may stay in each stage; stages without one are never overdue. */
  timeLimits: StageTimeLimits;
  /** How long after the production deployment ended the PIR is due. */
  pirDueAfter: string;
  /** How long before the production slot starts a missing backout plan is prompted. */
  backoutPlanLead: string;
};

/**
 * The defaults: no stage limits, the PIR due five days after deployment, and a missing
 * backout plan prompted two days before the production slot.
 *
 * @public
 */
export const DEFAULT_STAGE_SETTINGS: StageSettings = {
  timeLimits: {},
  pirDueAfter: 'P5D',
  backoutPlanLead: 'P2D',
};

/**
 * Why a release is flagged as over its stage's time limit.
 *
 * @public
 */
export type ReleaseOverdue = {
  /** The stage the release is stuck in. */
  status: StageLimitStatus;
  /** When it entered that stage, ISO 8601 UTC. */
  enteredAt: string;
  /** The stage's time limit, ISO 8601 duration. */
  limit: string;
  /** When the limit ran out, ISO 8601 UTC. */
  dueAt: string;
};

/**
 * Reads a time limit: an ISO 8601 duration of fixed length (weeks, days, hours, minutes,
 * seconds) and more than zero. Months and years are refused, since their length depends on
 * the calendar and a limit must mean the same span whenever the stage began.
 *
 * @returns The duration, or a message saying what is wrong with it.
 * @public
 */
export function parseStageDuration(
  text: string,
): { duration: Duration } | { error: string } {
  const duration = Duration.fromISO(text);
  if (!duration.isValid) {
    return {
      error: `'${text}' is not an ISO 8601 duration, such as P14D or PT12H`,
    };
  }
  if (duration.years || duration.quarters || duration.months) {
    return {
      error: `'${text}' uses months or years, whose length varies; give days or weeks, such as P30D`,
    };
  }
  if (duration.toMillis() <= 0) {
    return { error: `'${text}' must be longer than zero` };
  }
  return { duration };
}

// Config was validated at start-up, so a bad value here is a programming error.
function durationOf(text: string): Duration {
  const parsed = parseStageDuration(text);
  if ('error' in parsed) throw new Error(parsed.error);
  return parsed.duration;
}

// Plain UTC instants: a limit of P1D is 24 hours even across a daylight saving change.
const utc = (iso: string) => DateTime.fromISO(iso, { zone: 'utc' });
const isoOf = (time: DateTime) => time.toUTC().toISO()!;

const isLimited = (status: ReleaseStatus): status is StageLimitStatus =>
  (STAGE_LIMIT_STATUSES as readonly string[]).includes(status);

/**
 * Whether a release is over the time limit of the stage it is in at `now`. A release is
 * overdue from the instant its limit runs out, `enteredAt + limit`, inclusive.
 *
 * @returns The overdue stage, or undefined when the release is within its limit, its stage
 *   has none, or it is not known when it entered the stage.
 * @public
 */
export function stageOverdue(
  release: Pick<Release, 'status' | 'stageEnteredAt'>,
  limits: StageTimeLimits,
  now: Date,
): ReleaseOverdue | undefined {
  const due = stageDue(release, limits);
  if (!due || due.dueAt.toMillis() > now.getTime()) return undefined;
  return {
    status: due.status,
    enteredAt: isoOf(due.enteredAt),
    limit: due.limit,
    dueAt: isoOf(due.dueAt),
  };
}

/**
 * The instant a release is due out of its stage: it is overdue from then on.
 *
 * @returns Milliseconds since the epoch, or undefined when its stage has no limit or it is
 *   not known when it entered the stage.
 * @public
 */
export function stageDueAt(
  release: Pick<Release, 'status' | 'stageEnteredAt'>,
  limits: StageTimeLimits,
): number | undefined {
  return stageDue(release, limits)?.dueAt.toMillis();
}

/**
 * The first instant after `now` at which one of the releases becomes overdue. Until then,
 * and as long as none of them moves, {@link stageOverdue} answers for each of them as it
 * does at `now`: an answer with overdue flags can be kept that long.
 *
 * @param dueAt - When a release is due, for a caller that has worked it out already;
 *   {@link stageDueAt} by default.
 * @returns Milliseconds since the epoch, or undefined when none of them will turn overdue.
 * @public
 */
export function nextStageDue<
  T extends Pick<Release, 'status' | 'stageEnteredAt'>,
>(
  releases: readonly T[],
  limits: StageTimeLimits,
  now: Date,
  dueAt: (release: T) => number | undefined = release =>
    stageDueAt(release, limits),
): number | undefined {
  let next: number | undefined;
  for (const release of releases) {
    const due = dueAt(release);
    const later = due !== undefined && due > now.getTime();
    if (later && (next === undefined || due < next)) next = due;
  }
  return next;
}

/** When a release in a stage with a time limit is due out of it. */
function stageDue(
  release: Pick<Release, 'status' | 'stageEnteredAt'>,
  limits: StageTimeLimits,
) {
  const { status, stageEnteredAt } = release;
  if (!stageEnteredAt || !isLimited(status)) return undefined;
  const limit = limits[status];
  if (!limit) return undefined;
  const enteredAt = utc(stageEnteredAt);
  return { status, limit, enteredAt, dueAt: enteredAt.plus(durationOf(limit)) };
}

/**
 * The instant a duration before `now`, in UTC: for example the latest stage entry that is
 * overdue now. Lets a store narrow candidates with one indexed comparison.
 *
 * @public
 */
export function instantBefore(now: Date, duration: string): string {
  return isoOf(
    DateTime.fromJSDate(now, { zone: 'utc' }).minus(durationOf(duration)),
  );
}

/**
 * The instant a duration after `now`, in UTC.
 *
 * @public
 */
export function instantAfter(now: Date, duration: string): string {
  return isoOf(
    DateTime.fromJSDate(now, { zone: 'utc' }).plus(durationOf(duration)),
  );
}

/**
 * The kinds of prompt: the release is ready for its test readiness review, its
 * post-implementation review is due, or its backout plan is missing close to the
 * production slot.
 *
 * @public
 */
export const STAGE_PROMPT_KINDS = ['trr', 'pir', 'backout-plan'] as const;

/**
 * A kind of prompt.
 *
 * @public
 */
export type StagePromptKind = (typeof STAGE_PROMPT_KINDS)[number];

/**
 * A prompt that is due for a release.
 *
 * @public
 */
export type StagePrompt = {
  kind: StagePromptKind;
  /**
   * The instant that makes this prompt one occasion, ISO 8601 UTC: when the release entered
   * `test` (TRR), when production deployment ended (PIR), or when the production slot starts
   * (backout plan). A new occasion, such as a moved slot, is prompted again.
   */
  occasion: string;
  /** When the prompt became due, ISO 8601 UTC. */
  dueAt: string;
};

/**
 * The statuses a release can be ready for its TRR in.
 *
 * @public
 */
export const TRR_PROMPT_STATUSES: readonly ReleaseStatus[] = ['test'];

/**
 * The statuses before deployment, in which a missing backout plan can still be written.
 *
 * @public
 */
export const BACKOUT_PLAN_PROMPT_STATUSES: readonly ReleaseStatus[] = [
  'planning',
  'build',
  'test',
  'readiness',
  'approved',
];

/**
 * The statuses a post-implementation review is awaited in.
 *
 * @public
 */
export const PIR_PROMPT_STATUSES: readonly ReleaseStatus[] = [
  'deployed',
  'review',
];

/**
 * The production slot of a release, if it has one.
 *
 * @public
 */
export function productionSlot(
  release: Pick<Release, 'schedule'>,
  environments: readonly string[],
): ScheduleSlot | undefined {
  const production = productionEnvironment(environments);
  return release.schedule.find(slot => slot.environment === production);
}

/**
 * The prompts due for a release at `now`:
 * - `trr`: it is in test and its pre-production test results are recorded and all pass;
 * - `pir`: it is deployed or in review without a PIR outcome, `pirDueAfter` after its
 *   production deployment ended;
 * - `backout-plan`: it is not yet deploying, has no backout plan, and its production slot
 *   starts within `backoutPlanLead`.
 *
 * @public
 */
export function duePrompts(
  release: Release,
  settings: Pick<StageSettings, 'pirDueAfter' | 'backoutPlanLead'>,
  environments: readonly string[],
  now: Date,
): StagePrompt[] {
  const prompts: StagePrompt[] = [];
  const at = now.getTime();
  const production = productionEnvironment(environments);
  const slot = productionSlot(release, environments);
  if (TRR_PROMPT_STATUSES.includes(release.status) && release.stageEnteredAt) {
    const testFailures = checkTestReadiness(release, production).filter(
      failure => failure.field === 'testResults',
    );
    if (testFailures.length === 0) {
      const enteredAt = isoOf(utc(release.stageEnteredAt));
      prompts.push({ kind: 'trr', occasion: enteredAt, dueAt: enteredAt });
    }
  }
  if (
    PIR_PROMPT_STATUSES.includes(release.status) &&
    !release.pirOutcome &&
    slot?.actualEnd
  ) {
    const dueAt = utc(slot.actualEnd).plus(durationOf(settings.pirDueAfter));
    if (dueAt.toMillis() <= at) {
      prompts.push({
        kind: 'pir',
        occasion: isoOf(utc(slot.actualEnd)),
        dueAt: isoOf(dueAt),
      });
    }
  }
  if (
    BACKOUT_PLAN_PROMPT_STATUSES.includes(release.status) &&
    !release.backoutPlan?.steps.trim() &&
    slot
  ) {
    const start = utc(slot.start);
    const dueAt = start.minus(durationOf(settings.backoutPlanLead));
    if (dueAt.toMillis() <= at && at < start.toMillis()) {
      prompts.push({
        kind: 'backout-plan',
        occasion: isoOf(start),
        dueAt: isoOf(dueAt),
      });
    }
  }
  return prompts;
}
