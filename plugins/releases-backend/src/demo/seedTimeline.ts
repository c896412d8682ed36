import {
  Approval,
  PirOutcome,
  ReleaseStatus,
  ScheduleSlot,
  TestResult,
} from '@stagegate/plugin-releases-common';
import { RelativeClock, RelativeTime } from './relativeTime';
import { SeedRelease, SeedSlot } from './seedFileSchema';

/**
 * One change in the life of a demo release: each becomes one history entry.
 *
 * @internal
 */
export type SeedChange =
  | { kind: 'created' }
  | { kind: 'slot'; index: number; slot: ScheduleSlot }
  | { kind: 'test-results'; results: TestResult[] }
  | { kind: 'approval'; approval: Approval }
  | { kind: 'pir'; pirOutcome: PirOutcome }
  | { kind: 'step'; to: ReleaseStatus; reason?: string };

/**
 * A change of a demo release at its instant, with who made it and where in the file it
 * comes from.
 *
 * @internal
 */
export type SeedEvent = {
  release: SeedRelease;
  at: string;
  by: string;
  /** The place in the release's entry of the file, such as `steps.3`. */
  field: string;
  /** Tie-breaker at equal instants: what is recorded comes before the move that needs it. */
  rank: number;
  change: SeedChange;
};

/**
 * A demo release laid out in time: its slots as planned and as they ended, and its changes.
 *
 * @internal
 */
export type SeedTimeline = {
  createdAt: string;
  plannedSlots: ScheduleSlot[];
  events: SeedEvent[];
};

/**
 * Reports a problem with one field of a release of the demo file.
 *
 * @internal
 */
export type SeedProblem = (field: string, message: string) => never;

const RANKS: Record<SeedChange['kind'], number> = {
  created: 0,
  slot: 1,
  'test-results': 2,
  approval: 3,
  pir: 4,
  step: 5,
};

function slotTimes(slot: SeedSlot, clock: RelativeClock) {
  const start = clock.resolve(slot);
  const end = RelativeClock.after(start, slot.hours);
  if (slot.actual === undefined) return { start, end };
  const actual = slot.actual === true ? {} : slot.actual;
  const actualStart = RelativeClock.after(
    start,
    (actual.lateMinutes ?? 0) / 60,
  );
  const actualEnd = RelativeClock.after(
    actualStart,
    actual.hours ?? slot.hours,
  );
  return { start, end, actualStart, actualEnd };
}

/**
 * Lays out one release of the demo file in time: when it was created, its slots, and every
 * later change (deployments recorded, test results, gate decisions, PIR, status steps).
 * Refuses changes in the future, before the release existed, or steps out of order.
 *
 * @internal
 */
export function seedTimeline(
  release: SeedRelease,
  clock: RelativeClock,
  fail: SeedProblem,
): SeedTimeline {
  const owner = release.owner;
  const createdAt = clock.resolve(release.created);
  const plannedSlots: ScheduleSlot[] = [];
  const events: SeedEvent[] = [];
  const add = (
    time: RelativeTime,
    field: string,
    by: string,
    change: SeedChange,
    at = clock.resolve(time),
  ) => {
    if (Date.parse(at) > clock.now.getTime()) {
      fail(field, `${at} is in the future; history only records the past`);
    }
    if (Date.parse(at) < Date.parse(createdAt)) {
      fail(field, `${at} is before the release was created (${createdAt})`);
    }
    events.push({ release, at, by, field, rank: RANKS[change.kind], change });
  };

  release.schedule.forEach((slot, index) => {
    const times = slotTimes(slot, clock);
    plannedSlots.push({
      environment: slot.environment,
      start: times.start,
      end: times.end,
      status: 'planned',
    });
    if (slot.status === 'planned') return;
    const recorded: ScheduleSlot = { ...plannedSlots[index], ...times };
    recorded.status = slot.status;
    if (slot.status === 'in_progress') delete recorded.actualEnd;
    const at = recorded.actualEnd ?? recorded.actualStart!;
    add(
      slot,
      `schedule.${index}`,
      owner,
      { kind: 'slot', index, slot: recorded },
      at,
    );
  });

  // Results recorded together (same instant, same person) are one entry, as one request.
  let batch: { at: string; by: string; results: TestResult[] } | undefined;
  release.testResults.forEach((result, index) => {
    const at = clock.resolve(result);
    const by = result.by ?? owner;
    const recorded: TestResult = {
      name: result.name,
      passed: result.passed,
      recordedAt: at,
      recordedBy: by,
      ...(result.environment ? { environment: result.environment } : {}),
    };
    if (batch && batch.at === at && batch.by === by) {
      batch.results.push(recorded);
      return;
    }
    batch = { at, by, results: [recorded] };
    add(result, `testResults.${index}`, by, {
      kind: 'test-results',
      results: batch.results,
    });
  });

  release.approvals.forEach((approval, index) => {
    const at = clock.resolve(approval);
    add(approval, `approvals.${index}`, approval.by, {
      kind: 'approval',
      approval: {
        gate: approval.gate,
        decision: approval.decision,
        by: approval.by,
        at,
        ...(approval.comment ? { comment: approval.comment } : {}),
      },
    });
  });

  if (release.pir) {
    const { outcome, notes } = release.pir;
    add(release.pir, 'pir', release.pir.by ?? owner, {
      kind: 'pir',
      pirOutcome: { outcome, notes },
    });
  }

  let previous: string | undefined;
  release.steps.forEach((step, index) => {
    const at = clock.resolve(step);
    if (previous && Date.parse(at) < Date.parse(previous)) {
      fail(`steps.${index}`, `${at} comes before the step above it`);
    }
    previous = at;
    add(step, `steps.${index}`, step.by ?? owner, {
      kind: 'step',
      to: step.to,
      ...(step.reason ? { reason: step.reason } : {}),
    });
  });

  return { createdAt, plannedSlots, events };
}
