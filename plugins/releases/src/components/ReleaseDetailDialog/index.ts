export { ReleaseDetailDialog } from './ReleaseDetailDialog';
export type { ReleaseDetailDialogProps } from './ReleaseDetailDialog';
export { stoppedAtFromHistory } from './ReleaseDetailBody';
export { historyHeadline } from './HistoryTimeline';
