export { ConflictOverrideDialog } from './ConflictOverrideDialog';
export type { ConflictOverrideDialogProps } from './ConflictOverrideDialog';
