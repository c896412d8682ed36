export { CalendarToolbar } from './CalendarToolbar';
export type { CalendarToolbarProps } from './CalendarToolbar';
