export { useCi } from './useCi';
export type { CiState } from './useCi';
export { useReleaseList } from './useReleaseList';
export type { ReleaseListState } from './useReleaseList';
export { useReleaseState } from './useReleaseState';
export type { ReleaseState, TransitionsState } from './useReleaseState';
export { useReleasePermissions } from './useReleasePermissions';
export type { ReleasePermissions } from './useReleasePermissions';
