import { Duration } from 'luxon';
import { ReleaseCategory } from '../release';
import { findCandidateConflicts, ScheduleCheckContext } from './check';
import { PreparedItem } from './items';
import { ScheduleInterval, ScheduledItem } from './types';
import { WindowMatcher } from './windowMatcher';

/**
 * What {@link suggestSlots} looks for.
 *
 * @public
 */
export type SlotRequest = {
  /** The CIs the slot changes. */
  entityRefs: string[];
  environment: string;
  /** ISO 8601 duration of the slot, such as `PT2H`. */
  duration: string;
  /** The earliest start, ISO 8601. */
  after: string;
  /** How many slots to suggest; default 5, at most {@link MAX_SUGGESTED_SLOTS}. */
  count?: number;
  /** Slots end within this many days after `after`; default 90. */
  horizonDays?: number;
  /** Windows let the categories in their `allowCategories` through. */
  category?: ReleaseCategory;
  /** The release owner, for `owner-overlap` in production. */
  owner?: string;
  /** The release or change being moved: its own slots are not in the way. */
  id?: string;
  kind?: 'release' | 'change';
  /** Suggested starts are whole multiples of this many minutes (UTC); default 15. */
  alignMinutes?: number;
};

/**
 * The default horizon of {@link suggestSlots}, in days.
 *
 * @public
 */
export const DEFAULT_SLOT_HORIZON_DAYS = 90;

/**
 * The most slots {@link suggestSlots} returns.
 *
 * @public
 */
export const MAX_SUGGESTED_SLOTS = 50;

/**
 * Undefined when the candidate has no conflict; otherwise the earliest start at which every
 * conflict found could be gone: past the end of what is in the way, or at the next
 * maintenance occurrence the slot fits in.
 */
function earliestClear(
  candidate: PreparedItem,
  context: ScheduleCheckContext,
  matcher: WindowMatcher,
  until: number,
  align: (at: number) => number,
): number | undefined {
  const { start, end } = candidate;
  const length = end - start;
  let clear: number | undefined;
  findCandidateConflicts(candidate, context, matcher, finding => {
    const clears = finding.fitIn
      ? Math.min(
          ...finding.fitIn.map(w =>
            w.occurrences.earliestFit(start, length, until - length + 1, align),
          ),
        )
      : finding.clearsAt ?? finding.end;
    clear = Math.max(clear ?? start, clears);
  });
  return clear;
}

/** The most candidate starts one search tries, so its work stays bounded. */
const MAX_STEPS = 10_000;

const MINUTE = 60_000;
const DAY = 86_400_000;

function positiveMillis(duration: string): number {
  const millis = Duration.fromISO(duration).toMillis();
  if (!(millis > 0)) {
    throw new RangeError(
      `duration '${duration}' is not a positive ISO 8601 duration such as PT2H`,
    );
  }
  return millis;
}

/**
 * The next conflict-free slots for a change: `[start, start + duration)` intervals that have
 * no conflict of any type (CI, related CI, owner, blackout, maintenance window) with the
 * schedule and the windows, starting at or after `after` and ending within the horizon, in
 * order and not overlapping each other. Instead of trying every step, the search jumps to
 * the earliest start that can clear every conflict found (the end of what is in the way, or
 * the next maintenance occurrence the slot fits in), rounded up to the alignment, so it
 * skips no free slot and its work is bounded. The windows in `context` must be prepared
 * over `[after, after + horizonDays]`.
 *
 * @public
 */
export function suggestSlots(
  request: SlotRequest,
  context: ScheduleCheckContext,
): ScheduleInterval[] {
  const length = positiveMillis(request.duration);
  const after = Date.parse(request.after);
  if (Number.isNaN(after)) {
    throw new RangeError(
      `after '${request.after}' is not an ISO 8601 date-time`,
    );
  }
  const count = Math.min(request.count ?? 5, MAX_SUGGESTED_SLOTS);
  const until =
    after + (request.horizonDays ?? DEFAULT_SLOT_HORIZON_DAYS) * DAY;
  const step = Math.max(1, Math.round((request.alignMinutes ?? 15) * MINUTE));
  const align = (at: number) => Math.ceil(at / step) * step;
  const matcher = new WindowMatcher(context.windows ?? [], context);
  const refs = [...new Set(request.entityRefs)];
  const probe = (from: number): number | undefined => {
    const item: ScheduledItem = {
      id: request.id ?? '',
      kind: request.kind ?? 'release',
      title: 'Suggested slot',
      entityRefs: refs,
      environment: request.environment,
      start: new Date(from).toISOString(),
      end: new Date(from + length).toISOString(),
      owner: request.owner,
      category: request.category,
    };
    const candidate: PreparedItem = {
      item,
      start: from,
      end: from + length,
      refs,
    };
    return earliestClear(candidate, context, matcher, until, align);
  };
  const found: ScheduleInterval[] = [];
  let start = align(after);
  for (
    let steps = 0;
    found.length < count && start + length <= until && steps < MAX_STEPS;
    steps++
  ) {
    const clear = probe(start);
    if (clear === undefined) {
      found.push({
        start: new Date(start).toISOString(),
        end: new Date(start + length).toISOString(),
      });
    }
    start = Math.max(align(clear ?? start + length), start + step);
  }
  return found;
}
