import { loadOnDemand } from '../../utils';
import type { ReleaseCalendarGridProps } from './ReleaseCalendarGrid';

/**
 * The month and week views, fetched with react-big-calendar the first time one is shown.
 *
 * @internal
 */
export const ReleaseCalendarGrid = loadOnDemand<ReleaseCalendarGridProps>(() =>
  import('./ReleaseCalendarGrid').then(m => m.ReleaseCalendarGrid),
);
export type {
  GridEvent,
  ReleaseCalendarGridProps,
} from './ReleaseCalendarGrid';
