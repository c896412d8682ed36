export { TransitionDialog } from './TransitionDialog';
export type { TransitionDialogProps } from './TransitionDialog';
