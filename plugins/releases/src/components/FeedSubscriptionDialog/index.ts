export { FeedSubscriptionDialog } from './FeedSubscriptionDialog';
export type { FeedSubscriptionDialogProps } from './FeedSubscriptionDialog';
export { FeedTokenList } from './FeedTokenList';
