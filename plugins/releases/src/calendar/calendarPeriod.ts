import { DateTime } from 'luxon';
import { CalendarView } from './calendarSearch';

/**
 * How many days the agenda view lists.
 *
 * @internal
 */
export const AGENDA_DAYS = 30;

const DATE_FORMAT = 'yyyy-MM-dd';

function dayIn(date: string, zone: string): DateTime {
  return DateTime.fromFormat(date, DATE_FORMAT, { zone });
}

/**
 * The instants a view of the calendar covers, ISO 8601 in UTC, half-open: the whole weeks
 * (Monday first) around the month for the month view and the timeline, the week of the
 * date, or {@link AGENDA_DAYS} days from it for the agenda. Days are days in `zone`.
 *
 * @internal
 */
export function calendarPeriod(
  view: CalendarView,
  date: string,
  zone: string,
): { from: string; to: string } {
  const day = dayIn(date, zone);
  let start: DateTime;
  let end: DateTime;
  switch (view) {
    case 'week':
      start = day.startOf('week');
      end = start.plus({ weeks: 1 });
      break;
    case 'agenda':
      start = day.startOf('day');
      end = start.plus({ days: AGENDA_DAYS + 1 });
      break;
    default:
      start = day.startOf('month').startOf('week');
      end = day.endOf('month').endOf('week').plus({ milliseconds: 1 });
  }
  return { from: start.toUTC().toISO()!, to: end.toUTC().toISO()! };
}

/**
 * The date the view shows after a step back (-1) or forward (+1): a month, a week, or the
 * agenda's length.
 *
 * @internal
 */
export function stepDate(
  view: CalendarView,
  date: string,
  direction: 1 | -1,
): string {
  const day = DateTime.fromFormat(date, DATE_FORMAT, { zone: 'UTC' });
  if (view === 'week') {
    return day.plus({ weeks: direction }).toFormat(DATE_FORMAT);
  }
  if (view === 'agenda') {
    return day.plus({ days: AGENDA_DAYS * direction }).toFormat(DATE_FORMAT);
  }
  return day.plus({ months: direction }).toFormat(DATE_FORMAT);
}

/**
 * Today in `zone`, as `yyyy-MM-dd`.
 *
 * @internal
 */
export function todayIn(zone: string, now: Date = new Date()): string {
  return DateTime.fromJSDate(now, { zone }).toFormat(DATE_FORMAT);
}

/**
 * The heading of a view: the month, the week's days, or the agenda's days.
 *
 * @internal
 */
export function periodLabel(view: CalendarView, date: string): string {
  const day = DateTime.fromFormat(date, DATE_FORMAT, { zone: 'UTC' });
  const med = (d: DateTime) => d.toLocaleString(DateTime.DATE_MED);
  if (view === 'week') {
    const start = day.startOf('week');
    return `${med(start)} – ${med(start.plus({ days: 6 }))}`;
  }
  if (view === 'agenda') {
    return `${med(day)} – ${med(day.plus({ days: AGENDA_DAYS }))}`;
  }
  return day.toLocaleString({ month: 'long', year: 'numeric' });
}
