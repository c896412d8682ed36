export { releasesApi } from './apis';
export { releaseCalendarPage } from './pages';
export { entityReleasesContent } from './entityContents';
