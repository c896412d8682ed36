export { CalendarEventDialog } from './CalendarEventDialog';
export type { CalendarEventDialogProps } from './CalendarEventDialog';
