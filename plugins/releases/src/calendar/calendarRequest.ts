import { CalendarRequest } from '../api';
import { todayIn, calendarPeriod } from './calendarPeriod';
import {
  CalendarSearchState,
  apiFilters,
  parseCalendarSearch,
} from './calendarSearch';

/**
 * The calendar page's state as a query string gives it, and the zone it shows times in:
 * the URL's `tz` when it is a zone, otherwise the viewer's own.
 *
 * @internal
 */
export function calendarSearchOf(
  query: string,
  ownZone: string,
): { state: CalendarSearchState; zone: string } {
  const params = new URLSearchParams(query);
  const state = parseCalendarSearch(
    params,
    todayIn(params.get('tz') ?? ownZone),
  );
  return { state, zone: state.zone ?? ownZone };
}

/**
 * The calendar API request of a page state: the period its view covers around its date,
 * with days in `zone`, and its filters.
 *
 * @internal
 */
export function calendarRequest(
  state: Pick<CalendarSearchState, 'view' | 'date' | 'filters'>,
  zone: string,
): CalendarRequest {
  return {
    ...calendarPeriod(state.view, state.date, zone),
    ...apiFilters(state.filters),
  };
}
