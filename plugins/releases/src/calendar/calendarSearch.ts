import {
  RELEASE_CATEGORIES,
  ReleaseCategory,
} from '@stagegate/plugin-releases-common';
import { DateTime } from 'luxon';
import { CalendarFilters } from '../api';
import { isValidZone } from './zonedTime';

/**
 * The views of the master release calendar.
 *
 * @internal
 */
export const CALENDAR_VIEWS = ['month', 'week', 'agenda', 'timeline'] as const;

/**
 * One view of the master release calendar.
 *
 * @internal
 */
export type CalendarView = (typeof CALENDAR_VIEWS)[number];

/**
 * What the rows of the timeline are.
 *
 * @internal
 */
export type TimelineGrouping = 'system' | 'ci';

/**
 * The filters the calendar page offers.
 *
 * @internal
 */
export interface CalendarPageFilters {
  system: string[];
  owner: string[];
  environment: string[];
  category: ReleaseCategory[];
  status: string[];
  conflictsOnly: boolean;
}

/**
 * Everything a view of the calendar page is, as kept in the URL's query string, so that a
 * link shows the same view to someone else.
 *
 * @internal
 */
export interface CalendarSearchState {
  view: CalendarView;
  /** The day the view shows (`yyyy-MM-dd`), a calendar day in the zone shown. */
  date: string;
  /** A zone the viewer chose; the viewer's own zone when absent. */
  zone?: string;
  group: TimelineGrouping;
  filters: CalendarPageFilters;
}

const LIST_FILTERS = [
  'system',
  'owner',
  'environment',
  'category',
  'status',
] as const;

const DATE_FORMAT = 'yyyy-MM-dd';

/**
 * No filter set.
 *
 * @internal
 */
export const NO_FILTERS: CalendarPageFilters = {
  system: [],
  owner: [],
  environment: [],
  category: [],
  status: [],
  conflictsOnly: false,
};

function distinctValues(values: string[]): string[] {
  return [...new Set(values.map(v => v.trim()).filter(v => v !== ''))];
}

function isDay(value: string | null): value is string {
  return value !== null && DateTime.fromFormat(value, DATE_FORMAT).isValid;
}

/**
 * Reads the calendar page's state from a query string. Anything missing or not
 * understood falls back to its default: the month view of `today`, no filter, the
 * viewer's zone.
 *
 * @param today - Today as `yyyy-MM-dd`, in the zone shown.
 * @internal
 */
export function parseCalendarSearch(
  params: URLSearchParams,
  today: string,
): CalendarSearchState {
  const view = params.get('view');
  const date = params.get('date');
  const zone = params.get('tz');
  const values = (name: string) => distinctValues(params.getAll(name));
  return {
    view: CALENDAR_VIEWS.includes(view as CalendarView)
      ? (view as CalendarView)
      : 'month',
    date: isDay(date) ? date : today,
    zone: zone && isValidZone(zone) ? zone : undefined,
    group: params.get('group') === 'ci' ? 'ci' : 'system',
    filters: {
      system: values('system'),
      owner: values('owner'),
      environment: values('environment'),
      category: values('category').filter((c): c is ReleaseCategory =>
        RELEASE_CATEGORIES.includes(c as ReleaseCategory),
      ),
      status: values('status'),
      conflictsOnly: params.get('conflictsOnly') === 'true',
    },
  };
}

/**
 * The query string of a calendar page state, the inverse of {@link parseCalendarSearch}.
 * Filters use the names of the calendar API, so the same values also narrow the feed.
 *
 * @internal
 */
export function calendarSearchParams(
  state: CalendarSearchState,
): URLSearchParams {
  const params = new URLSearchParams();
  params.set('view', state.view);
  params.set('date', state.date);
  if (state.zone) params.set('tz', state.zone);
  if (state.view === 'timeline' && state.group !== 'system') {
    params.set('group', state.group);
  }
  for (const name of LIST_FILTERS) {
    for (const value of state.filters[name]) params.append(name, value);
  }
  if (state.filters.conflictsOnly) params.set('conflictsOnly', 'true');
  return params;
}

/**
 * The filters as the calendar API and feed take them: only those that are set.
 *
 * @internal
 */
export function apiFilters(filters: CalendarPageFilters): CalendarFilters {
  const result: CalendarFilters = {};
  for (const name of LIST_FILTERS) {
    if (filters[name].length > 0) {
      (result as Record<string, string[]>)[name] = filters[name];
    }
  }
  if (filters.conflictsOnly) result.conflictsOnly = true;
  return result;
}

/**
 * How many filters are set, for a "clear filters" button.
 *
 * @internal
 */
export function activeFilterCount(filters: CalendarPageFilters): number {
  return (
    LIST_FILTERS.reduce((n, name) => n + filters[name].length, 0) +
    (filters.conflictsOnly ? 1 : 0)
  );
}
