import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { notificationService } from '@backstage/plugin-notifications-node';
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
import { readReleasesBackendConfig } from './config';
import { createDatabaseStores } from './database';
import { seedDemoReleases } from './demo';
import { scheduleConflictRefresh } from './tasks/conflictRefreshTask';
import { scheduleStageWarnings } from './tasks/stageWarningTask';
import { DEFAULT_STAGE_WARNING_SCHEDULE } from './stageConfig';
import {
  releasePermissionResourceRef,
  releasePermissionRules,
} from './permissions';
import { createRouter } from './service/router';
import { feedTokenRedaction } from './service/feedTokenRedaction';
import { createReleasesServices } from './services';

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

const isReleasePermission = (
  permission: (typeof releasesPermissions)[number],
): permission is ResourcePermission<typeof RESOURCE_TYPE_RELEASE> =>
  isResourcePermission(permission, RESOURCE_TYPE_RELEASE);

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
        auditor: coreServices.auditor,
        auth: coreServices.auth,
        catalog: catalogServiceRef,
        config: coreServices.rootConfig,
        database: coreServices.database,
        httpAuth: coreServices.httpAuth,
        httpRouter: coreServices.httpRouter,
        logger: coreServices.logger,
        notifications: notificationService,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        scheduler: coreServices.scheduler,
        userInfo: coreServices.userInfo,
      },
      async init(deps) {
        const config = readReleasesBackendConfig(deps.config);
        const stores = await createDatabaseStores({ database: deps.database });
        const store = stores.releases;
        if (config.demoSeedFile) {
          await seedDemoReleases({
            store,
            logger: deps.logger,
            seedFile: config.demoSeedFile,
            environments: config.environments,
          });
        }
        deps.permissionsRegistry.addResourceType({
          resourceRef: releasePermissionResourceRef,
          permissions: releasesPermissions.filter(isReleasePermission),
          rules: releasePermissionRules,
          getResources: ids => store.getReleaseResources(ids),
        });
        deps.permissionsRegistry.addPermissions(releasesPermissions);
        deps.logger.info('Registered external change sources', {
          sources: changeSources.sources.map(source => source.id).join(', '),
        });
        const services = createReleasesServices({
          ...deps,
          store,
          changes: stores.changes,
          deployments: stores.deployments,
          windows: stores.windows,
          feedTokens: stores.feedTokens,
          kpis: stores.kpis,
          watches: stores.watches,
          notices: stores.notices,
          scheduleVersion: stores.scheduleVersion,
          config,
          transformConditions: createConditionTransformer(
            deps.permissionsRegistry.getPermissionRuleset(
              releasePermissionResourceRef,
            ),
          ),
        });
        await scheduleConflictRefresh({
          scheduler: deps.scheduler,
          refresher: services.conflictRefresher,
          logger: deps.logger,
          schedule: config.conflictRefreshSchedule,
        });
        await scheduleStageWarnings({
          scheduler: deps.scheduler,
          warnings: services.stageWarnings,
          schedule:
            config.stageWarningSchedule ?? DEFAULT_STAGE_WARNING_SCHEDULE,
          logger: deps.logger,
        });
        deps.httpRouter.use(feedTokenRedaction());
        deps.httpRouter.use(
          await createRouter({
            ...services,
            httpAuth: deps.httpAuth,
            auditor: deps.auditor,
            relatedDepth: config.relatedDepth,
          }),
        );
        deps.httpRouter.addAuthPolicy({
          path: '/health',
          allow: 'unauthenticated',
        });
        // Calendar clients send no Backstage token: the route itself requires a feed token
        // or credentials.
        deps.httpRouter.addAuthPolicy({
          path: '/calendar.ics',
          allow: 'unauthenticated',
        });
      },
    });
  },
});
