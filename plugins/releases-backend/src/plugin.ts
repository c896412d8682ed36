import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { releasesPermissions } from '@stagegate/plugin-releases-common';
import {
  ChangeSource,
  ReleasesChangeSourcesExtensionPoint,
  releasesChangeSourcesExtensionPoint,
} from '@stagegate/plugin-releases-node';
import { DatabaseReleaseStore } from './database';
import { createRouter } from './service/router';
import { ReleaseService } from './services';

class ChangeSourcesExtensionPointImpl
  implements ReleasesChangeSourcesExtensionPoint
{
  #sources = new Array<ChangeSource>();

  addChangeSource(...sources: Array<ChangeSource | ChangeSource[]>): void {
    this.#sources.push(...sources.flat());
  }

  get sources(): readonly ChangeSource[] {
    return this.#sources;
  }
}

/**
 * The releases backend plugin: Stagegate's REST API under `/api/releases`.
 *
 * @public
 */
export const releasesPlugin = createBackendPlugin({
  pluginId: 'releases',
  register(env) {
    const changeSources = new ChangeSourcesExtensionPointImpl();
    env.registerExtensionPoint(
      releasesChangeSourcesExtensionPoint,
      changeSources,
    );
    env.registerInit({
      deps: {
        database: coreServices.database,
        httpAuth: coreServices.httpAuth,
        httpRouter: coreServices.httpRouter,
        logger: coreServices.logger,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
      },
      async init(deps) {
        const store = await DatabaseReleaseStore.create({
          database: deps.database,
        });
        deps.permissionsRegistry.addPermissions(releasesPermissions);
        deps.logger.info('Registered external change sources', {
          sources: changeSources.sources.map(source => source.id).join(', '),
        });
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
