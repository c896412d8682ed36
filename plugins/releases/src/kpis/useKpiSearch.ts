import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { todayIn } from '../calendar';
import { viewerZone } from '../utils';
import { KpiSearchState, kpiSearchParams, parseKpiSearch } from './kpiSearch';

/**
 * The KPI view's state, read from and written to the URL's query string.
 *
 * @internal
 */
export interface KpiSearch {
  state: KpiSearchState;
  /** The zone days are read in: the chosen one, or the viewer's. */
  zone: string;
  /** Changes part of the state; the URL is replaced, not pushed. */
  update(patch: Partial<KpiSearchState>): void;
}

/**
 * Keeps the KPI view's period, zone, filters and bucketing in the URL, so a view can be
 * shared as a link and survives a reload.
 *
 * @internal
 */
export function useKpiSearch(): KpiSearch {
  const [params, setParams] = useSearchParams();
  const query = params.toString();
  const ownZone = viewerZone();
  const state = useMemo(() => {
    const parsed = new URLSearchParams(query);
    return parseKpiSearch(parsed, todayIn(parsed.get('tz') ?? ownZone));
  }, [query, ownZone]);
  const zone = state.zone ?? ownZone;

  const update = useCallback(
    (patch: Partial<KpiSearchState>) => {
      setParams(kpiSearchParams({ ...state, ...patch }), { replace: true });
    },
    [state, setParams],
  );

  return { state, zone, update };
}
