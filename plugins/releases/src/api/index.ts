export { releasesApiRef } from './ReleasesApi';
export type { ReleasesApi, ReleaseListRequest } from './ReleasesApi';
export { ReleasesClient } from './ReleasesClient';
