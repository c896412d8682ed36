import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { viewerZone } from '../utils';
import {
  CalendarSearchState,
  calendarSearchParams,
  parseCalendarSearch,
} from './calendarSearch';
import { todayIn } from './calendarPeriod';

/**
 * The calendar page's state, read from and written to the URL's query string.
 *
 * @internal
 */
export interface CalendarSearch {
  state: CalendarSearchState;
  /** The zone times are shown in: the chosen one, or the viewer's. */
  zone: string;
  /**
   * Changes part of the state; the URL is replaced, not pushed. A zone once chosen stays in
   * the URL, so a shared link shows the same times to everyone.
   */
  update(patch: Partial<CalendarSearchState>): void;
}

/**
 * Keeps the calendar page's view, date, zone and filters in the URL, so a view can be
 * shared as a link and survives a reload.
 *
 * @internal
 */
export function useCalendarSearch(): CalendarSearch {
  const [params, setParams] = useSearchParams();
  const query = params.toString();
  const ownZone = viewerZone();
  const state = useMemo(() => {
    const parsed = new URLSearchParams(query);
    const zone = parsed.get('tz') ?? ownZone;
    return parseCalendarSearch(parsed, todayIn(zone));
  }, [query, ownZone]);
  const zone = state.zone ?? ownZone;

  const update = useCallback(
    (patch: Partial<CalendarSearchState>) => {
      setParams(calendarSearchParams({ ...state, ...patch }), {
        replace: true,
      });
    },
    [state, setParams],
  );

  return { state, zone, update };
}
