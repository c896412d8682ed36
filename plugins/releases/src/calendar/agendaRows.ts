import { CalendarEvent } from '@stagegate/plugin-releases-common';
import { DateTime } from 'luxon';
import { AGENDA_DAYS } from './calendarPeriod';

/**
 * A day of the agenda that has events: its heading row.
 *
 * @internal
 */
export interface AgendaDayRow {
  kind: 'day';
  /** The day, `yyyy-MM-dd` in the zone shown. */
  day: string;
  /** The heading, such as `Tue, Dec 1, 2026`. */
  label: string;
  /** How many events the day lists. */
  count: number;
}

/**
 * One event on one day of the agenda; an event that spans days has a row on each of them.
 *
 * @internal
 */
export interface AgendaEventRow {
  kind: 'event';
  day: string;
  event: CalendarEvent;
  /** Milliseconds since the epoch, to format the times only for rows on screen. */
  start: number;
  end: number;
  /** Whether the event began before this day, and goes on after it. */
  fromBefore: boolean;
  untilAfter: boolean;
}

/**
 * A row of the agenda: a day's heading or one of its events.
 *
 * @internal
 */
export type AgendaRow = AgendaDayRow | AgendaEventRow;

const DATE_FORMAT = 'yyyy-MM-dd';

/**
 * The rows of the agenda that starts on `date` (`yyyy-MM-dd` in `zone`) and lists
 * {@link AGENDA_DAYS} days after it: each day that has events, as a heading followed by
 * its events in order of start. Days are days in `zone`, so they are 23 or 25 hours long
 * across a daylight saving change. An event belongs to every day it overlaps (intervals
 * are half-open); one of no length belongs to the day it is at.
 *
 * Only the day boundaries go through luxon: 2,000 events are placed by comparing numbers.
 *
 * @internal
 */
export function agendaRows(
  events: CalendarEvent[],
  date: string,
  zone: string,
): AgendaRow[] {
  const first = DateTime.fromFormat(date, DATE_FORMAT, { zone }).startOf('day');
  const days = Array.from({ length: AGENDA_DAYS + 1 }, (_, i) =>
    first.plus({ days: i }),
  );
  const keys = days.map(d => d.toFormat(DATE_FORMAT));
  const bounds = [
    ...days.map(d => d.toMillis()),
    first.plus({ days: AGENDA_DAYS + 1 }).toMillis(),
  ];
  const perDay: AgendaEventRow[][] = days.map(() => []);
  for (const event of events) {
    const start = Date.parse(event.start);
    const end = Date.parse(event.end);
    for (let i = firstDayAtOrAfter(bounds, start); i < days.length; i++) {
      const dayStart = bounds[i];
      const dayEnd = bounds[i + 1];
      if (start >= dayEnd) continue;
      const touches = end > dayStart || (start === end && start >= dayStart);
      if (!touches) break;
      perDay[i].push({
        kind: 'event',
        day: keys[i],
        event,
        start,
        end,
        fromBefore: start < dayStart,
        untilAfter: end > dayEnd,
      });
    }
  }
  const rows: AgendaRow[] = [];
  perDay.forEach((dayRows, i) => {
    if (dayRows.length === 0) return;
    dayRows.sort(
      (a, b) =>
        a.start - b.start ||
        a.end - b.end ||
        a.event.title.localeCompare(b.event.title),
    );
    rows.push({
      kind: 'day',
      day: keys[i],
      label: days[i].toLocaleString({
        weekday: 'short',
        month: 'short',
        day: 'numeric',
        year: 'numeric',
      }),
      count: dayRows.length,
    });
    rows.push(...dayRows);
  });
  return rows;
}

/** The index of the day an instant falls on, or 0 when it is before the first day. */
function firstDayAtOrAfter(bounds: number[], instant: number): number {
  let low = 0;
  let high = bounds.length - 2;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (bounds[mid] <= instant) low = mid;
    else high = mid - 1;
  }
  return low;
}

/**
 * The times of an agenda row, in `zone` and with the zone's abbreviation: the start and end
 * on one day, "from" or "until" for an event that goes on from or past the day, or "All
 * day" for one that covers it.
 *
 * @internal
 */
export function agendaTimeLabel(row: AgendaEventRow, zone: string): string {
  const start = DateTime.fromMillis(row.start, { zone });
  const end = DateTime.fromMillis(row.end, { zone });
  if (row.fromBefore && row.untilAfter) return 'All day';
  if (row.fromBefore) {
    return `until ${end.toFormat('t')} ${end.offsetNameShort}`;
  }
  if (row.untilAfter) {
    return `from ${start.toFormat('t')} ${start.offsetNameShort}`;
  }
  if (row.start === row.end) {
    return `${start.toFormat('t')} ${start.offsetNameShort}`;
  }
  return `${start.toFormat('t')} – ${end.toFormat('t')} ${end.offsetNameShort}`;
}
