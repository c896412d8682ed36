export { ReleaseCalendarGrid, gridEvents } from './ReleaseCalendarGrid';
export type {
  GridEvent,
  ReleaseCalendarGridProps,
} from './ReleaseCalendarGrid';
