import {
  createApiFactory,
  createPlugin,
  createRoutableExtension,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import { ReleasesClient, releasesApiRef } from './api';
import { entityContentRouteRef, rootRouteRef } from './routes';

/**
 * The Stagegate releases plugin for apps on the classic frontend system.
 *
 * @public
 */
export const releasesPlugin = createPlugin({
  id: 'releases',
  routes: { root: rootRouteRef },
  apis: [
    createApiFactory({
      api: releasesApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new ReleasesClient({ discoveryApi, fetchApi }),
    }),
  ],
});

/**
 * The release calendar page, to mount at `/releases`.
 *
 * @public
 */
export const ReleaseCalendarPage = releasesPlugin.provide(
  createRoutableExtension({
    name: 'ReleaseCalendarPage',
    component: () =>
      import('./components/ReleaseCalendarPage').then(
        m => m.ReleaseCalendarPage,
      ),
    mountPoint: rootRouteRef,
  }),
);

/**
 * The Releases tab of an entity page.
 *
 * @public
 */
export const EntityReleasesContent = releasesPlugin.provide(
  createRoutableExtension({
    name: 'EntityReleasesContent',
    component: () =>
      import('./components/EntityReleasesContent').then(
        m => m.EntityReleasesContent,
      ),
    mountPoint: entityContentRouteRef,
  }),
);
