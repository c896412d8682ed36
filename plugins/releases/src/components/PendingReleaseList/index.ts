export { PendingReleaseList } from './PendingReleaseList';
export type { PendingReleaseListProps } from './PendingReleaseList';
