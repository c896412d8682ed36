import { loadOnDemand } from '../../utils';
import type { ReleaseTimelineProps } from './ReleaseTimeline';

/**
 * The timeline view, fetched with vis-timeline the first time it is shown.
 *
 * @internal
 */
export const ReleaseTimeline = loadOnDemand<ReleaseTimelineProps>(() =>
  import('./ReleaseTimeline').then(m => m.ReleaseTimeline),
);
export type { ReleaseTimelineProps } from './ReleaseTimeline';
export { timelineData, UNASSIGNED_GROUP } from './timelineData';
export type { TimelineBar, TimelineRow } from './timelineData';
