import { EntityContentBlueprint } from '@backstage/plugin-catalog-react/alpha';
import { isReleasesAvailable } from '../isReleasesAvailable';
import { entityContentRouteRef } from '../routes';

/**
 * The Releases tab on the pages of configuration items.
 *
 * @alpha
 */
export const entityReleasesContent = EntityContentBlueprint.make({
  params: {
    path: '/releases',
    title: 'Releases',
    group: 'deployment',
    routeRef: entityContentRouteRef,
    filter: isReleasesAvailable,
    loader: () =>
      import('../components/EntityReleasesContent').then(m => (
        <m.EntityReleasesContent />
      )),
  },
});
