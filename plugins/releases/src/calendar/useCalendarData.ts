import { useApi } from '@backstage/core-plugin-api';
import { CalendarResponse } from '@stagegate/plugin-releases-common';
import { useCallback, useEffect, useState } from 'react';
import { CalendarRequest, releasesApiRef } from '../api';

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
  const key = JSON.stringify(request);
  const [value, setValue] = useState<CalendarResponse>();
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<Error>();
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    // An answer for a view the viewer has moved away from must not overwrite the state.
    let current = true;
    setLoading(true);
    releasesApi.getCalendar(JSON.parse(key) as CalendarRequest).then(
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
