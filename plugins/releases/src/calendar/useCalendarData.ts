import { useApi } from '@backstage/core-plugin-api';
import { CalendarResponse } from '@stagegate/plugin-releases-common';
import { useCallback, useEffect, useState } from 'react';
import { CalendarRequest, releasesApiRef } from '../api';
import {
  arrivedCalendar,
  calendarRequestKey,
  takePrefetchedCalendar,
} from './calendarPrefetch';

/**
 * The calendar of one request: the last answer (kept while the next one loads, so the
 * view does not flicker), whether a request is under way, and its error.
 *
 * @internal
 */
export interface CalendarData {
  value?: CalendarResponse;
  loading: boolean;
  error?: Error;
  reload(): void;
}

/**
 * Loads the calendar for a period and filters, again whenever they change.
 *
 * @internal
 */
export function useCalendarData(request: CalendarRequest): CalendarData {
  const releasesApi = useApi(releasesApiRef);
  const key = calendarRequestKey(request);
  // The page's first calendar may have been asked for while its code loaded.
  const [value, setValue] = useState(() => arrivedCalendar(key));
  const [loading, setLoading] = useState(value === undefined);
  const [error, setError] = useState<Error>();
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    // Only the first request of the page can have been asked for ahead; a reload asks again.
    const handed = generation === 0 ? takePrefetchedCalendar(key) : undefined;
    if (handed?.value) {
      setValue(handed.value);
      setError(undefined);
      setLoading(false);
      return undefined;
    }
    // An answer for a view the viewer has moved away from must not overwrite the state.
    let current = true;
    setLoading(true);
    const pending =
      handed?.answer ??
      releasesApi.getCalendar(JSON.parse(key) as CalendarRequest);
    pending.then(
      answer => {
        if (!current) return;
        setValue(answer);
        setError(undefined);
        setLoading(false);
      },
      e => {
        if (!current) return;
        setError(e as Error);
        setLoading(false);
      },
    );
    return () => {
      current = false;
    };
  }, [releasesApi, key, generation]);

  const reload = useCallback(() => setGeneration(g => g + 1), []);
  return { value, loading, error, reload };
}
