export {
  defaultKpiDays,
  kpiPeriodProblem,
  kpiRequest,
  kpiSearchParams,
  parseKpiSearch,
} from './kpiSearch';
export type { KpiBucketing, KpiSearchState } from './kpiSearch';
export { KPI_DEFINITIONS, formatFigure } from './kpiDefinitions';
export type { KpiDefinition } from './kpiDefinitions';
export { bucketLabel, bucketRows } from './kpiBuckets';
export type { KpiBucketRow } from './kpiBuckets';
export { useKpiSearch } from './useKpiSearch';
export type { KpiSearch } from './useKpiSearch';
export { useKpiReport } from './useKpiReport';
export type { KpiReportState } from './useKpiReport';
export { downloadFile } from './downloadFile';
