export {
  formatInstant,
  formatInterval,
  formatSlot,
  isViewerZone,
  viewerZone,
} from './formatSlot';
export { errorMessage, isStaleRevisionError } from './errors';
export { fieldKey, toFieldErrors, validate } from './fieldErrors';
export type { FieldErrors, ParseResult, ValidationIssue } from './fieldErrors';
export {
  APPROVAL_GATE_LABELS,
  categoryLabel,
  gateNameLabel,
  shortRef,
  unitTypeLabel,
} from './releaseLabels';
export { fromDateTimeLocal, toDateTimeLocal } from './zonedInput';
export { overdueText } from './overdue';
export {
  CONFLICT_TYPE_LABELS,
  ENFORCEMENT_LABELS,
  sortConflicts,
} from './conflictLabels';
export { loadOnDemand } from './loadOnDemand';
export type { OnDemandComponent } from './loadOnDemand';
