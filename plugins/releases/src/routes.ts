import { createRouteRef } from '@backstage/core-plugin-api';

/**
 * Route of the release calendar page.
 *
 * @public
 */
export const rootRouteRef = createRouteRef({ id: 'releases' });

/**
 * Route of the Releases tab on an entity page.
 *
 * @public
 */
export const entityContentRouteRef = createRouteRef({
  id: 'releases:entity-content',
});
