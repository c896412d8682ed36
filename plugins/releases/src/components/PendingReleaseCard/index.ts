export { PendingReleaseCard } from './PendingReleaseCard';
export type { PendingReleaseCardProps } from './PendingReleaseCard';
