export { CalendarFilters } from './CalendarFilters';
export type {
  CalendarFilterOptions,
  CalendarFiltersProps,
} from './CalendarFilters';
