export { releasesApiRef } from './ReleasesApi';
export type {
  CalendarFilters,
  CalendarRequest,
  ConflictOverrideRequest,
  DownloadedFile,
  KpiRequest,
  ReleasesApi,
  ReleaseListRequest,
  SlotSuggestionRequest,
} from './ReleasesApi';
export { ReleasesClient } from './ReleasesClient';
