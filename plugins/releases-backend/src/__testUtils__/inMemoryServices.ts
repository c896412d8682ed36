import { mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { PermissionsService } from '@backstage/backend-plugin-api';
import { createConditionTransformer } from '@backstage/plugin-permission-node';
import { NotificationService } from '@backstage/plugin-notifications-node';
import {
  CI_KINDS,
  DEFAULT_ENVIRONMENTS,
  StageSettings,
} from '@stagegate/plugin-releases-common';
import { Knex } from 'knex';
import {
  DatabaseChangeStore,
  DatabaseDeploymentStore,
  DatabaseFeedTokenStore,
  DatabaseKpiStore,
  DatabaseWatchStore,
  DatabaseNoticeStore,
  DatabaseScheduleVersionStore,
  DatabaseWindowStore,
  ReleaseStore,
} from '../database';
import { releaseRuleset } from '../permissions';
import { createReleasesServices } from '../services';

/**
 * Every service of the plugin over an in-memory catalog holding `entities`, on a migrated
 * database, for tests of the HTTP layer; CI and lifecycle behaviour are tested against the real catalog backend.
 */
export async function createInMemoryServices(options: {
  store: ReleaseStore;
  knex: Knex;
  permissions?: PermissionsService;
  entities?: Entity[];
  now?: () => Date;
  /** Stage time limits and prompts; none by default. */
  stages?: StageSettings;
  /** Where notifications go; none are sent without one. */
  notifications?: NotificationService;
}) {
  return createReleasesServices({
    store: options.store,
    feedTokens: await DatabaseFeedTokenStore.create({
      database: mockServices.database({ knex: options.knex }),
      skipMigrations: true,
    }),
    changes: new DatabaseChangeStore(options.knex),
    notices: new DatabaseNoticeStore(options.knex),
    deployments: new DatabaseDeploymentStore(options.knex),
    windows: new DatabaseWindowStore(options.knex),
    kpis: new DatabaseKpiStore(options.knex),
    watches: new DatabaseWatchStore(options.knex),
    scheduleVersion: new DatabaseScheduleVersionStore(options.knex),
    catalog: catalogServiceMock({ entities: options.entities ?? [] }),
    auth: mockServices.auth(),
    permissions: options.permissions ?? mockServices.permissions(),
    userInfo: mockServices.userInfo(),
    logger: mockServices.logger.mock(),
    transformConditions: createConditionTransformer(releaseRuleset),
    config: {
      environments: DEFAULT_ENVIRONMENTS,
      ciKinds: CI_KINDS,
      graphMaxAgeMs: 0,
      readCacheMaxBytes: 16 * 1024 * 1024,
      relatedDepth: 1,
      stages: options.stages,
    },
    notifications: options.notifications,
    now: options.now,
  });
}
