export { ReleaseFormDialog, lockedFieldErrors } from './ReleaseFormDialog';
export type { ReleaseFormDialogProps } from './ReleaseFormDialog';
export {
  newReleaseValues,
  releaseValues,
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
