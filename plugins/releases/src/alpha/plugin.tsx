import { createFrontendPlugin } from '@backstage/frontend-plugin-api';
import EventIcon from '@material-ui/icons/Event';
import { entityContentRouteRef, rootRouteRef } from '../routes';
import { releasesApi } from './apis';
import { entityReleasesContent } from './entityContents';
import { releaseCalendarPage } from './pages';

/**
 * The releases plugin for the new frontend system: API, calendar page and Releases tab.
 *
 * @alpha
 */
export const releasesAlphaPlugin = createFrontendPlugin({
  pluginId: 'releases',
  title: 'Release calendar',
  icon: <EventIcon />,
  info: { packageJson: () => import('../../package.json') },
  routes: { root: rootRouteRef, entityContent: entityContentRouteRef },
  extensions: [releasesApi, releaseCalendarPage, entityReleasesContent],
});
