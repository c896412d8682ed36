import { CalendarResponse } from '@stagegate/plugin-releases-common';
import { CalendarRequest, ReleasesApi } from '../api';
import { viewerZone } from '../utils';
import { calendarRequest, calendarSearchOf } from './calendarRequest';

/** How long a prefetched calendar may wait for the page before it is thought stale. */
const FRESH_MS = 15_000;

interface Prefetched {
  key: string;
  at: number;
  answer: Promise<CalendarResponse>;
  value?: CalendarResponse;
}

// At most one: the page's first calendar, asked for while the page's code loads.
let prefetched: Prefetched | undefined;
// Whether the page has asked for its first calendar: a prefetch started after that (its code
// loaded later than the page's) would only be a second request, and a stale answer later.
let pageAsked = false;

/**
 * The key a calendar request is prefetched and looked up by.
 *
 * @internal
 */
export function calendarRequestKey(request: CalendarRequest): string {
  return JSON.stringify(request);
}

/**
 * Asks for the calendar the page at `query` will show, before the page's code has loaded
 * and drawn it: the answer is on its way while the browser fetches, compiles and renders
 * the page. Nothing is asked for the KPI tab.
 *
 * @internal
 */
export function prefetchCalendar(
  api: Pick<ReleasesApi, 'getCalendar'>,
  query: string,
  now: () => number = Date.now,
): void {
  if (pageAsked || new URLSearchParams(query).get('tab') === 'kpis') return;
  const { state, zone } = calendarSearchOf(query, viewerZone());
  const request = calendarRequest(state, zone);
  const entry: Prefetched = {
    key: calendarRequestKey(request),
    at: now(),
    answer: api.getCalendar(request),
  };
  entry.answer.then(
    value => {
      entry.value = value;
    },
    () => {
      // The page reports the failure when it takes the answer; nobody else waits on it.
    },
  );
  prefetched = entry;
}

function current(key: string, now: number): Prefetched | undefined {
  if (!prefetched) return undefined;
  if (prefetched.key !== key || now - prefetched.at > FRESH_MS) {
    return undefined;
  }
  return prefetched;
}

/**
 * The prefetched answer to `key` when it has already arrived, so the page can draw it at
 * once; it stays to be taken.
 *
 * @internal
 */
export function arrivedCalendar(
  key: string,
  now: number = Date.now(),
): CalendarResponse | undefined {
  return current(key, now)?.value;
}

/**
 * Takes the prefetched answer to `key`: its value when it has arrived, and the promise of
 * it either way. It is handed out once, so a reload asks the backend again; whatever the
 * key, the prefetch is spent, since it was meant for the page's first calendar only, and
 * none is started afterwards.
 *
 * @internal
 */
export function takePrefetchedCalendar(
  key: string,
  now: number = Date.now(),
): Pick<Prefetched, 'answer' | 'value'> | undefined {
  const entry = current(key, now);
  prefetched = undefined;
  pageAsked = true;
  return entry;
}

/**
 * Forgets any prefetch and that the page has asked, as when the app starts.
 *
 * @internal
 */
export function resetCalendarPrefetch(): void {
  prefetched = undefined;
  pageAsked = false;
}
