import {
  DEFAULT_KPI_SPAN_DAYS,
  MAX_KPI_SPAN_DAYS,
  RELEASE_CATEGORIES,
  ReleaseCategory,
} from '@stagegate/plugin-releases-common';
import { DateTime } from 'luxon';
import { KpiRequest } from '../api';
import { isValidZone } from '../calendar';

/**
 * How the KPI trends are bucketed.
 *
 * @internal
 */
export type KpiBucketing = 'week' | 'month';

/**
 * Everything a view of the KPIs is, as kept in the URL's query string next to `tab=kpis`.
 *
 * @internal
 */
export interface KpiSearchState {
  /** The first day of the period (`yyyy-MM-dd`), a calendar day in the zone shown. */
  from: string;
  /** The last day of the period, included. */
  to: string;
  /** A zone the viewer chose; the viewer's own zone when absent. */
  zone?: string;
  system?: string;
  owner?: string;
  category?: ReleaseCategory;
  bucketing: KpiBucketing;
}

const DATE_FORMAT = 'yyyy-MM-dd';

const dayIn = (date: string, zone: string) =>
  DateTime.fromFormat(date, DATE_FORMAT, { zone });

const isDay = (value: string | null): value is string =>
  value !== null && DateTime.fromFormat(value, DATE_FORMAT).isValid;

/**
 * The default period: the {@link DEFAULT_KPI_SPAN_DAYS} days that end today.
 *
 * @param today - Today as `yyyy-MM-dd`, in the zone shown.
 * @internal
 */
export function defaultKpiDays(today: string): { from: string; to: string } {
  const from = DateTime.fromFormat(today, DATE_FORMAT)
    .minus({ days: DEFAULT_KPI_SPAN_DAYS - 1 })
    .toFormat(DATE_FORMAT);
  return { from, to: today };
}

/**
 * Reads the KPI view's state from a query string; anything missing or not understood falls
 * back to its default (the last {@link DEFAULT_KPI_SPAN_DAYS} days, no filter, weekly
 * trends, the viewer's zone).
 *
 * @param today - Today as `yyyy-MM-dd`, in the zone shown.
 * @internal
 */
export function parseKpiSearch(
  params: URLSearchParams,
  today: string,
): KpiSearchState {
  const defaults = defaultKpiDays(today);
  const from = params.get('from');
  const to = params.get('to');
  const zone = params.get('tz');
  const text = (name: string) => params.get(name)?.trim() || undefined;
  const category = params.get('category');
  return {
    from: isDay(from) ? from : defaults.from,
    to: isDay(to) ? to : defaults.to,
    zone: zone && isValidZone(zone) ? zone : undefined,
    system: text('system'),
    owner: text('owner'),
    category: RELEASE_CATEGORIES.includes(category as ReleaseCategory)
      ? (category as ReleaseCategory)
      : undefined,
    bucketing: params.get('bucket') === 'month' ? 'month' : 'week',
  };
}

/**
 * The query string of a KPI view state, the inverse of {@link parseKpiSearch}. Filters use
 * the KPI API's names.
 *
 * @internal
 */
export function kpiSearchParams(state: KpiSearchState): URLSearchParams {
  const params = new URLSearchParams({ tab: 'kpis' });
  params.set('from', state.from);
  params.set('to', state.to);
  if (state.zone) params.set('tz', state.zone);
  if (state.system) params.set('system', state.system);
  if (state.owner) params.set('owner', state.owner);
  if (state.category) params.set('category', state.category);
  if (state.bucketing === 'month') params.set('bucket', 'month');
  return params;
}

/**
 * What is wrong with the period chosen, in words, or undefined when it can be asked for.
 *
 * @internal
 */
export function kpiPeriodProblem(from: string, to: string): string | undefined {
  const start = DateTime.fromFormat(from, DATE_FORMAT);
  const end = DateTime.fromFormat(to, DATE_FORMAT);
  if (end < start) return 'The last day must not be before the first day.';
  if (end.diff(start, 'days').days + 1 > MAX_KPI_SPAN_DAYS) {
    return `A period can span at most ${MAX_KPI_SPAN_DAYS} days.`;
  }
  return undefined;
}

/**
 * The KPI request of a view: from the start of the first day to the end of the last day in
 * `zone`, as UTC instants, and the filters that are set.
 *
 * @internal
 */
export function kpiRequest(state: KpiSearchState, zone: string): KpiRequest {
  const request: KpiRequest = {
    from: dayIn(state.from, zone).startOf('day').toUTC().toISO()!,
    to: dayIn(state.to, zone).plus({ days: 1 }).startOf('day').toUTC().toISO()!,
    tz: zone,
  };
  if (state.system) request.system = state.system;
  if (state.owner) request.owner = state.owner;
  if (state.category) request.category = state.category;
  return request;
}
