import { useApi } from '@backstage/core-plugin-api';
import { KpiReport } from '@stagegate/plugin-releases-common';
import { useEffect, useState } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { KpiRequest, releasesApiRef } from '../api';

/**
 * The KPI report of one request: the last answer (kept while the next one loads, so the
 * charts do not flicker), whether a request is under way, and its error.
 *
 * @internal
 */
export interface KpiReportState {
  value?: KpiReport;
  loading: boolean;
  error?: Error;
  retry(): void;
}

/**
 * Loads the KPIs of a request, again whenever it changes; nothing while there is no
 * request (a period that cannot be asked for).
 *
 * @internal
 */
export function useKpiReport(request: KpiRequest | undefined): KpiReportState {
  const releasesApi = useApi(releasesApiRef);
  const key = request && JSON.stringify(request);
  const state = useAsyncRetry(
    async () =>
      key ? releasesApi.getKpis(JSON.parse(key) as KpiRequest) : undefined,
    [releasesApi, key],
  );
  const [last, setLast] = useState<KpiReport>();
  useEffect(() => {
    if (state.value) setLast(state.value);
  }, [state.value]);
  return {
    value: state.loading ? last : state.value,
    loading: state.loading,
    error: state.error,
    retry: state.retry,
  };
}
