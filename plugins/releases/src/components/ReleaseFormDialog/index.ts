export { ReleaseFormDialog, lockedFieldErrors } from './ReleaseFormDialog';
export type { ReleaseFormDialogProps } from './ReleaseFormDialog';
export {
  newReleaseValues,
  releaseValues,
  slotDuration,
  toReleaseInput,
  validateCreate,
  validatePatch,
} from './releaseFormValues';
export type {
  ContentFormValues,
  FormValidation,
  ReleaseFormValues,
  SlotFormValues,
} from './releaseFormValues';
export { SuggestSlotDialog } from './SuggestSlotDialog';
export type { SuggestSlotDialogProps } from './SuggestSlotDialog';
