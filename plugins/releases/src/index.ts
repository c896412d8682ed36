/**
 * Stagegate release management for Backstage: the Releases tab and the release calendar.
 *
 * @packageDocumentation
 */

export {
  releasesPlugin,
  ReleaseCalendarPage,
  EntityReleasesContent,
} from './plugin';
export * from './api';
export { isReleasesAvailable } from './isReleasesAvailable';
