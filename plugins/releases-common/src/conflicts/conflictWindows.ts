import { ChangeWindowScope, ChangeWindowSpec } from '../changeWindow';
import {
  WindowOccurrence,
  windowOccurrencesBetween,
} from '../windowOccurrences';
import { ScheduleInterval, ConflictWindow } from './types';

/**
 * A change window as conflict detection needs it, from the catalog (see
 * `windowSourceOf`) or from the API (a `ScheduleWindow` of the window list
 * fits as it is).
 *
 * @public
 */
export type ConflictWindowSource = {
  id: string;
  title: string;
  spec: Pick<
    ChangeWindowSpec,
    | 'type'
    | 'enforcement'
    | 'timezone'
    | 'start'
    | 'end'
    | 'rrule'
    | 'dtstart'
    | 'duration'
    | 'exdates'
    | 'scope'
    | 'allowCategories'
  >;
};

/**
 * Options of {@link prepareConflictWindows}.
 *
 * @public
 */
export type PrepareConflictWindowsOptions = {
  /**
   * The most occurrences expanded per window, so that one rule cannot stall the server;
   * default {@link MAX_CONFLICT_WINDOW_OCCURRENCES}.
   */
  maxOccurrences?: number;
};

/**
 * The most occurrences {@link prepareConflictWindows} expands per window by default: an
 * hourly window over a year fits.
 *
 * @public
 */
export const MAX_CONFLICT_WINDOW_OCCURRENCES = 10_000;

/** `windowOccurrencesBetween` returns at most this many per call. */
const BATCH = 1000;

function expand(
  spec: ConflictWindowSource['spec'],
  horizon: ScheduleInterval,
  maxOccurrences: number,
): { occurrences: WindowOccurrence[]; complete: boolean } {
  const occurrences: WindowOccurrence[] = [];
  let from = horizon.start;
  let lastStart = -Infinity;
  for (;;) {
    const batch = windowOccurrencesBetween(spec, from, horizon.end, {
      maxCount: BATCH,
    });
    const seenUpTo = lastStart;
    const fresh = batch.filter(o => Date.parse(o.start) > seenUpTo);
    occurrences.push(...fresh);
    if (batch.length < BATCH) return { occurrences, complete: true };
    if (fresh.length === 0 || occurrences.length >= maxOccurrences) {
      return { occurrences, complete: false };
    }
    lastStart = Date.parse(occurrences[occurrences.length - 1].start);
    from = new Date(lastStart + 1).toISOString();
  }
}

/**
 * Prepares change windows for conflict checks: each window's occurrences are expanded once,
 * in its own time zone (DST-correct), over `horizon`, so a check or scan over that horizon
 * never expands a rule again. Prepare them over a horizon that covers every slot to be
 * checked (for a scan, see {@link scheduleHorizon}).
 *
 * @param sources - The windows (see `windowSourceOf` for catalog entities).
 * @param horizon - The period to expand over, half-open.
 * @public
 */
export function prepareConflictWindows(
  sources: Iterable<ConflictWindowSource>,
  horizon: ScheduleInterval,
  options: PrepareConflictWindowsOptions = {},
): ConflictWindow[] {
  const maxOccurrences =
    options.maxOccurrences ?? MAX_CONFLICT_WINDOW_OCCURRENCES;
  const windows: ConflictWindow[] = [];
  for (const { id, title, spec } of sources) {
    const { occurrences, complete } = expand(spec, horizon, maxOccurrences);
    const kept = occurrences.slice(0, maxOccurrences);
    const truncated = !complete || kept.length < occurrences.length;
    const { environments, ...scope }: ChangeWindowScope = spec.scope ?? {};
    windows.push({
      id,
      title,
      type: spec.type,
      enforcement: spec.enforcement,
      allowCategories: [...(spec.allowCategories ?? [])],
      environments: environments ? [...environments] : undefined,
      scope: Object.keys(scope).length > 0 ? scope : undefined,
      occurrences: kept,
      horizon: {
        start: horizon.start,
        end: truncated ? kept[kept.length - 1].start : horizon.end,
      },
      truncated,
    });
  }
  return windows;
}
