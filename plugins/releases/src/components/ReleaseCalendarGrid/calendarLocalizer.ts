import { DateTime } from 'luxon';
import {
  DateLocalizer,
  DateLocalizerSpec,
  luxonLocalizer,
} from 'react-big-calendar';

const MINUTE = 60_000;
const DAY = 86_400_000;

// The start of each event's day, by its start date: the library asks for every event on
// every week or day it lays out, so each event's day is worked out once.
const dayStarts = new WeakMap<Date, number>();

function dayStart(date: Date): number {
  let start = dayStarts.get(date);
  if (start === undefined) {
    start = new Date(
      date.getFullYear(),
      date.getMonth(),
      date.getDate(),
    ).getTime();
    dayStarts.set(date, start);
  }
  return start;
}

function minuteOf(date: Date): number {
  const time = date.getTime();
  return time - (((time % MINUTE) + MINUTE) % MINUTE);
}

/**
 * Whether an event touches a range, exactly as react-big-calendar's default does (its start
 * day is not after the range's end day, and it ends after the range starts, to the minute),
 * with numbers instead of a dozen intermediate `Date`s per call. The month view calls it
 * for every event on every week it shows.
 *
 * @internal
 */
export function inEventRange(args: {
  event: { start: Date; end: Date };
  range: { start: Date; end: Date };
}): boolean {
  const { event, range } = args;
  const eventDay = dayStart(event.start);
  if (eventDay > dayStart(range.end)) return false;
  const end = minuteOf(event.end);
  const rangeStart = minuteOf(range.start);
  // A zero-length event at the start of its day touches a range that starts then.
  return eventDay !== end ? end > rangeStart : end >= rangeStart;
}

type SortedEvent = { start: Date; end: Date; allDay?: boolean };

/**
 * The order of two events in a day cell, exactly as react-big-calendar's default sorts them
 * (start day, then longer spans first, then all-day events, then start and end time), with
 * each event's day worked out once. The library sorts every week's events with it, so a
 * busy month makes tens of thousands of comparisons, each of which built four `Date`s.
 *
 * @internal
 */
export function sortEvents(args: {
  evtA: SortedEvent;
  evtB: SortedEvent;
}): number {
  const { evtA: a, evtB: b } = args;
  // The library counts a span as the difference of the days of the month, and so do we.
  const spanA = Math.abs(a.start.getDate() - a.end.getDate());
  const spanB = Math.abs(b.start.getDate() - b.end.getDate());
  return (
    dayStart(a.start) - dayStart(b.start) ||
    spanB - spanA ||
    Number(!!b.allDay) - Number(!!a.allDay) ||
    a.start.getTime() - b.start.getTime() ||
    a.end.getTime() - b.end.getTime()
  );
}

// The library's own arithmetic, for the units the fast paths below leave to it, with the
// loose typing of how the library calls it.
const defaults = new DateLocalizer({
  formats: {},
  firstOfWeek: () => 1,
  format: () => '',
}) as unknown as {
  startOf(date: Date, unit: string, firstOfWeek?: number): Date;
  add(date: Date, amount: number, unit: string): Date;
  ceil(date: Date, unit: string): Date;
  diff(a: Date, b: Date, unit?: string): number;
};

/**
 * `date` moved by `days` days as the library moves it: whole days of 24 hours, then by the
 * change of the local UTC offset, so the clock time stays put across a DST change.
 */
function addDays(date: Date, days: number): Date {
  const moved = date.getTime() + days * DAY;
  const shift = new Date(moved).getTimezoneOffset() - date.getTimezoneOffset();
  return new Date(moved + shift * MINUTE);
}

/**
 * Day arithmetic, exactly as react-big-calendar's defaults do it (by the local calendar),
 * with numbers instead of a handful of intermediate `Date`s per call. The month view asks
 * for the day of every event several times over on each week, and twice per layout.
 *
 * @internal
 */
export const dayArithmetic = {
  startOf(date: Date, unit: string, firstOfWeek?: number): Date {
    return unit === 'day'
      ? new Date(dayStart(date))
      : defaults.startOf(date, unit, firstOfWeek);
  },
  add(date: Date, amount: number, unit: string): Date {
    return unit === 'day'
      ? addDays(date, amount)
      : defaults.add(date, amount, unit);
  },
  ceil(date: Date, unit: string): Date {
    if (unit !== 'day') return defaults.ceil(date, unit);
    const floor = dayStart(date);
    return floor === date.getTime()
      ? new Date(floor)
      : addDays(new Date(floor), 1);
  },
  diff(a: Date, b: Date, unit?: string): number {
    if (unit !== 'day') return defaults.diff(a, b, unit);
    // Rounded, as the library does: a day with a DST change is not 24 hours long.
    return Math.round(Math.abs(dayStart(a) - dayStart(b)) / DAY);
  },
  isSameDate(a: Date, b: Date): boolean {
    return dayStart(a) === dayStart(b);
  },
  daySpan(start: Date, end: Date): number {
    return Math.abs(start.getDate() - end.getDate());
  },
};

/**
 * The date localizer of the calendar grid: luxon formats the labels (as react-big-calendar's
 * luxon localizer does, with weeks starting on Monday), and date arithmetic on `Date`s lays
 * events out: the library's own, with the day arithmetic the month view repeats for every
 * event done with numbers (`dayArithmetic`, `inEventRange`, `sortEvents`).
 *
 * The luxon localizer also does the arithmetic with luxon, which made a month of 2,000
 * events take seconds to lay out (its `diff` alone builds two `DateTime`s and a `Duration` per
 * call). The events are wall clock dates on the browser's clock (see `toWallClock`), so
 * plain `Date` arithmetic is exact for them.
 *
 * @internal
 */
export const calendarLocalizer: DateLocalizer = new DateLocalizer({
  formats: luxonLocalizer(DateTime, { firstDayOfWeek: 1 }).formats,
  firstOfWeek: () => 1,
  format: (value, format, culture) => {
    const time = DateTime.fromJSDate(new Date(value as Date));
    return (culture ? time.setLocale(culture) : time).toFormat(format);
  },
  // The library's typings describe these methods with other arguments than it calls them
  // with.
  ...(dayArithmetic as unknown as Partial<DateLocalizerSpec>),
  inEventRange: inEventRange as unknown as DateLocalizerSpec['inEventRange'],
  sortEvents: sortEvents as unknown as DateLocalizerSpec['sortEvents'],
});
