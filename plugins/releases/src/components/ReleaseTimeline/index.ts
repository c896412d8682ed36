export { ReleaseTimeline } from './ReleaseTimeline';
export type { ReleaseTimelineProps } from './ReleaseTimeline';
export { timelineData, UNASSIGNED_GROUP } from './timelineData';
export type { TimelineBar, TimelineRow } from './timelineData';
