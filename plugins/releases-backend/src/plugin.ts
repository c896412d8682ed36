import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { releasesPermissions } from '@stagegate/plugin-releases-common';
import { DatabaseReleaseStore } from './database';
import { createRouter } from './service/router';
import { ReleaseService } from './services';

/**
 * The releases backend plugin: Stagegate's REST API under `/api/releases`.
 *
 * @public
 */
export const releasesPlugin = createBackendPlugin({
  pluginId: 'releases',
  register(env) {
    env.registerInit({
      deps: {
        database: coreServices.database,
        httpAuth: coreServices.httpAuth,
        httpRouter: coreServices.httpRouter,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
      },
      async init(deps) {
        const store = await DatabaseReleaseStore.create({
          database: deps.database,
        });
        deps.permissionsRegistry.addPermissions(releasesPermissions);
        const releaseService = new ReleaseService({
          store,
          permissions: deps.permissions,
        });
        deps.httpRouter.use(
          await createRouter({ httpAuth: deps.httpAuth, releaseService }),
        );
        deps.httpRouter.addAuthPolicy({
          path: '/health',
          allow: 'unauthenticated',
        });
      },
    });
  },
});
