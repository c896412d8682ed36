export * from './types';
export { conflictSeverity } from './severity';
export { ScheduleIndex } from './scheduleIndex';
export { checkScheduleConflicts, type ScheduleCheckContext } from './check';
export { scanScheduleConflicts, scheduleHorizon } from './scan';
export {
  suggestSlots,
  DEFAULT_SLOT_HORIZON_DAYS,
  MAX_SUGGESTED_SLOTS,
  type SlotRequest,
} from './slots';
export {
  prepareConflictWindows,
  MAX_CONFLICT_WINDOW_OCCURRENCES,
  type PrepareConflictWindowsOptions,
  type ConflictWindowSource,
} from './conflictWindows';
export { conflictIdOf } from './collector';
