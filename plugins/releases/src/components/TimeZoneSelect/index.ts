export { TimeZoneSelect } from './TimeZoneSelect';
export type { TimeZoneSelectProps } from './TimeZoneSelect';
