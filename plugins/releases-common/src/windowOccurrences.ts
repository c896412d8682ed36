import { DateTime, Duration } from 'luxon';
import { RRule } from 'rrule';
import { ChangeWindowSpec } from './changeWindow';

/**
 * One occurrence of a change window, as a half-open interval `[start, end)` of ISO 8601 UTC
 * instants.
 *
 * @public
 */
export type WindowOccurrence = {
  start: string;
  end: string;
};

/**
 * Limits on the expansion of a recurring window, so that one rule cannot stall the server.
 *
 * @public
 */
export type OccurrenceLimits = {
  /** The most occurrences returned; defaults to {@link MAX_WINDOW_OCCURRENCES}. */
  maxCount?: number;
};

/**
 * The most occurrences one expansion returns unless a caller asks for fewer.
 *
 * @public
 */
export const MAX_WINDOW_OCCURRENCES = 1000;

/**
 * How far ahead {@link currentOrNextOccurrence} looks for the next occurrence.
 *
 * @public
 */
export const NEXT_OCCURRENCE_HORIZON_DAYS = 400;

type Timing = Pick<
  ChangeWindowSpec,
  'timezone' | 'start' | 'end' | 'rrule' | 'dtstart' | 'duration' | 'exdates'
>;

/**
 * Wall-clock times are handled as "floating" dates whose UTC fields hold the local time,
 * because that is how the rrule library stays DST-correct: it steps through calendar fields,
 * and each local time is only then placed in the window's zone.
 */
function floating(local: string): Date {
  const wall = DateTime.fromISO(local, { zone: 'UTC' });
  return wall.toJSDate();
}

/**
 * A local time that happens twice (clocks going back) means its first occurrence, as RFC 5545
 * (3.3.5) says; luxon would otherwise pick by the zone's offset on the server's current date.
 */
function firstOccurrenceOf(local: DateTime): DateTime {
  if (!local.isValid) return local;
  return [local, ...local.getPossibleOffsets()].reduce((earliest, candidate) =>
    candidate.toMillis() < earliest.toMillis() ? candidate : earliest,
  );
}

function inZone(floatingDate: Date, zone: string): DateTime {
  const wall = DateTime.fromJSDate(floatingDate, { zone: 'UTC' });
  return firstOccurrenceOf(
    DateTime.fromObject(
      {
        year: wall.year,
        month: wall.month,
        day: wall.day,
        hour: wall.hour,
        minute: wall.minute,
        second: wall.second,
      },
      { zone },
    ),
  );
}

function toOccurrence(start: DateTime, end: DateTime): WindowOccurrence {
  return {
    start: start.toUTC().toISO({ suppressMilliseconds: true })!,
    end: end.toUTC().toISO({ suppressMilliseconds: true })!,
  };
}

function overlaps(
  occurrence: WindowOccurrence,
  from: DateTime,
  to: DateTime,
): boolean {
  return (
    DateTime.fromISO(occurrence.end) > from &&
    DateTime.fromISO(occurrence.start) < to
  );
}

function oneOffOccurrence(timing: Timing): WindowOccurrence | undefined {
  if (!timing.start || !timing.end) return undefined;
  const start = firstOccurrenceOf(
    DateTime.fromISO(timing.start, { zone: timing.timezone }),
  );
  const end = firstOccurrenceOf(
    DateTime.fromISO(timing.end, { zone: timing.timezone }),
  );
  if (!start.isValid || !end.isValid || end <= start) return undefined;
  return toOccurrence(start, end);
}

function recurringOccurrences(
  timing: Timing,
  from: DateTime,
  to: DateTime,
  maxCount: number,
): WindowOccurrence[] {
  const duration = Duration.fromISO(timing.duration ?? '');
  if (!timing.rrule || !timing.dtstart || !duration.isValid) return [];
  const rule = new RRule({
    ...RRule.parseString(timing.rrule.replace(/^RRULE:/i, '')),
    dtstart: floating(timing.dtstart),
  });
  const excluded = new Set(
    (timing.exdates ?? []).map(local => floating(local).getTime()),
  );
  // An occurrence that starts up to one duration (plus a DST hour) before `from` can still
  // overlap it; the floating bounds are widened by that much and the exact test follows.
  const slack = duration.plus({ hours: 1, days: 1 });
  const lower = floating(
    from.minus(slack).toUTC().toISO({ includeOffset: false })!,
  );
  const upper = floating(
    to.plus({ days: 1 }).toUTC().toISO({ includeOffset: false })!,
  );
  const found: WindowOccurrence[] = [];
  rule.between(lower, upper, true, date => {
    if (excluded.has(date.getTime())) return true;
    const start = inZone(date, timing.timezone);
    const end = start.plus(duration);
    const occurrence = toOccurrence(start, end);
    if (overlaps(occurrence, from, to)) found.push(occurrence);
    return found.length < maxCount;
  });
  return found;
}

/**
 * The occurrences of a change window that overlap the half-open period `[from, to)`, in
 * order, expanded in the window's own IANA zone so that a window at 22:00 local stays at
 * 22:00 local across daylight-saving changes. Recurring windows honour `exdates`, and the
 * expansion stops after `limits.maxCount` occurrences.
 *
 * @param timing - The timing fields of a valid ChangeWindow spec.
 * @param from - Start of the period, an ISO 8601 instant.
 * @param to - End of the period, an ISO 8601 instant.
 * @public
 */
export function windowOccurrencesBetween(
  timing: Timing,
  from: string,
  to: string,
  limits: OccurrenceLimits = {},
): WindowOccurrence[] {
  const fromTime = DateTime.fromISO(from, { zone: 'UTC' });
  const toTime = DateTime.fromISO(to, { zone: 'UTC' });
  if (!fromTime.isValid || !toTime.isValid || toTime <= fromTime) return [];
  const maxCount = Math.min(
    limits.maxCount ?? MAX_WINDOW_OCCURRENCES,
    MAX_WINDOW_OCCURRENCES,
  );
  if (!timing.rrule) {
    const occurrence = oneOffOccurrence(timing);
    return occurrence && overlaps(occurrence, fromTime, toTime)
      ? [occurrence]
      : [];
  }
  return recurringOccurrences(timing, fromTime, toTime, maxCount);
}

/**
 * The occurrence of a window that is under way at `at`, or else the next one to start
 * within {@link NEXT_OCCURRENCE_HORIZON_DAYS} days; undefined when there is none.
 *
 * @public
 */
export function currentOrNextOccurrence(
  timing: Timing,
  at: string,
): WindowOccurrence | undefined {
  const horizon = DateTime.fromISO(at, { zone: 'UTC' })
    .plus({ days: NEXT_OCCURRENCE_HORIZON_DAYS })
    .toISO()!;
  return windowOccurrencesBetween(timing, at, horizon, { maxCount: 1 })[0];
}
