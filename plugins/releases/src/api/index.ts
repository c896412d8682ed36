export { releasesApiRef } from './ReleasesApi';
export type {
  CalendarFilters,
  CalendarRequest,
  ConflictOverrideRequest,
  ReleasesApi,
  ReleaseListRequest,
  SlotSuggestionRequest,
} from './ReleasesApi';
export { ReleasesClient } from './ReleasesClient';
