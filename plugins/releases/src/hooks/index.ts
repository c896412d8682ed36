export { useCi } from './useCi';
export type { CiState } from './useCi';
export { useReleaseList } from './useReleaseList';
export type { ReleaseListState } from './useReleaseList';
