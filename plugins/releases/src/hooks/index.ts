export { useReleaseList } from './useReleaseList';
export type { ReleaseListState } from './useReleaseList';
