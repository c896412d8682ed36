import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import {
  ResourcePermission,
  isResourcePermission,
} from '@backstage/plugin-permission-common';
import { createConditionTransformer } from '@backstage/plugin-permission-node';
import {
  RESOURCE_TYPE_RELEASE,
  releasesPermissions,
} from '@stagegate/plugin-releases-common';
import {
  ChangeSource,
  ReleasesChangeSourcesExtensionPoint,
  releasesChangeSourcesExtensionPoint,
} from '@stagegate/plugin-releases-node';
import { DatabaseReleaseStore } from './database';
import { createRouter } from './service/router';
import { CiService, CiSnapshotCache, ReleaseService } from './services';
import { CatalogCiReader } from './catalog/CatalogCiReader';
import { readReleasesBackendConfig } from './config';
import {
  releasePermissionResourceRef,
  releasePermissionRules,
} from './permissions';

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
        auth: coreServices.auth,
        catalog: catalogServiceRef,
        config: coreServices.rootConfig,
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
        deps.permissionsRegistry.addResourceType({
          resourceRef: releasePermissionResourceRef,
          permissions: releasesPermissions.filter(
            (
              permission,
            ): permission is ResourcePermission<typeof RESOURCE_TYPE_RELEASE> =>
              isResourcePermission(permission, RESOURCE_TYPE_RELEASE),
          ),
          rules: releasePermissionRules,
          getResources: ids => store.getReleaseResources(ids),
        });
        deps.permissionsRegistry.addPermissions(releasesPermissions);
        deps.logger.info('Registered external change sources', {
          sources: changeSources.sources.map(source => source.id).join(', '),
        });
        const config = readReleasesBackendConfig(deps.config);
        const releaseService = new ReleaseService({
          store,
          permissions: deps.permissions,
          transformConditions: createConditionTransformer(
            deps.permissionsRegistry.getPermissionRuleset(
              releasePermissionResourceRef,
            ),
          ),
        });
        const reader = new CatalogCiReader(deps.catalog, config.ciKinds);
        const snapshots = new CiSnapshotCache({
          reader,
          auth: deps.auth,
          logger: deps.logger,
          environments: config.environments,
          maxAgeMs: config.graphMaxAgeMs,
        });
        const ciService = new CiService({
          reader,
          snapshots,
          environments: config.environments,
        });
        deps.httpRouter.use(
          await createRouter({
            httpAuth: deps.httpAuth,
            releaseService,
            ciService,
            relatedDepth: config.relatedDepth,
          }),
        );
        deps.httpRouter.addAuthPolicy({
          path: '/health',
          allow: 'unauthenticated',
        });
      },
    });
  },
});
