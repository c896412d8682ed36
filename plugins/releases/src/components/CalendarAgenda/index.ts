export { CalendarAgenda } from './CalendarAgenda';
export type { CalendarAgendaProps } from './CalendarAgenda';
