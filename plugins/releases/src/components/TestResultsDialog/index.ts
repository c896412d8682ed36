export { TestResultsDialog } from './TestResultsDialog';
export type { TestResultsDialogProps } from './TestResultsDialog';
