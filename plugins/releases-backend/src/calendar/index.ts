export { calendarToIcs, eventUid } from './icsFeed';
export type { IcsFeedOptions } from './icsFeed';
export { feedZone } from './icsTimezones';
export type { FeedZone } from './icsTimezones';
