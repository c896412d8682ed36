export {
  CALENDAR_VIEWS,
  NO_FILTERS,
  activeFilterCount,
  apiFilters,
  calendarSearchParams,
  parseCalendarSearch,
} from './calendarSearch';
export type {
  CalendarPageFilters,
  CalendarSearchState,
  CalendarView,
  TimelineGrouping,
} from './calendarSearch';
export { agendaRows, agendaTimeLabel } from './agendaRows';
export type { AgendaDayRow, AgendaEventRow, AgendaRow } from './agendaRows';
export {
  AGENDA_DAYS,
  calendarPeriod,
  periodLabel,
  stepDate,
  todayIn,
} from './calendarPeriod';
export {
  CATEGORY_COLORS,
  CONFLICT_OUTLINE,
  OVERDUE_BAR,
  OVERDUE_MARK,
  WINDOW_BACKGROUNDS,
  eventDescription,
  eventLabel,
  eventStage,
  eventStyle,
  eventTitle,
} from './eventAppearance';
export type { EventStage } from './eventAppearance';
export {
  fromWallClock,
  isValidZone,
  timeZoneChoices,
  toWallClock,
} from './zonedTime';
export { useCalendarSearch } from './useCalendarSearch';
export type { CalendarSearch } from './useCalendarSearch';
export { useCalendarData } from './useCalendarData';
export type { CalendarData } from './useCalendarData';
