export { ReleaseCalendarPage } from './ReleaseCalendarPage';
// The page's loader asks for the first calendar as soon as this chunk has loaded.
export { prefetchCalendar } from '../../calendar';
