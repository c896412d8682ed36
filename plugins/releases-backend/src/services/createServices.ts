import {
  AuthService,
  LoggerService,
  PermissionsService,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { NotificationService } from '@backstage/plugin-notifications-node';
import { ConditionTransformer } from '@backstage/plugin-permission-node';
import { DEFAULT_STAGE_SETTINGS } from '@stagegate/plugin-releases-common';
import { CatalogCiReader } from '../catalog/CatalogCiReader';
import { ReleasesBackendConfig } from '../config';
import {
  ChangeStore,
  DeploymentStore,
  FeedTokenStore,
  KpiStore,
  NoticeStore,
  ReleaseStore,
  ScheduleVersionStore,
  WatchStore,
  WindowStore,
} from '../database';
import { ReleaseFilter } from '../permissions';
import { CiService } from './CiService';
import { CiSnapshotCache } from './CiSnapshotCache';
import { ReleaseAccess } from './ReleaseAccess';
import { ReleaseCommands } from './ReleaseCommands';
import { ReleaseNotifier } from './ReleaseNotifier';
import { ReleaseService } from './ReleaseService';
import { ReleaseTransitions } from './ReleaseTransitions';
import { ChangeService } from './ChangeService';
import { DeploymentService } from './DeploymentService';
import { GateService } from './GateService';
import { WindowService } from './WindowService';
import { ScheduleService } from './ScheduleService';
import { ScheduleWindows } from './ScheduleWindows';
import { CalendarService } from './CalendarService';
import { ConflictOverrides } from './ConflictOverrides';
import { ConflictRefresher } from './ConflictRefresher';
import { createFeedServices } from './createFeedServices';
import { KpiService } from './KpiService';
import { ReleaseNotesService } from './ReleaseNotesService';
import { WatchService } from './WatchService';
import { OverdueFlags } from './OverdueFlags';
import { ReadCache } from './ReadCache';
import { StageWarnings } from './StageWarnings';

/**
 * Every service of the releases backend, built from the plugin's dependencies.
 *
 * @internal
 */
export function createReleasesServices(deps: {
  store: ReleaseStore;
  changes: ChangeStore;
  deployments: DeploymentStore;
  windows: WindowStore;
  feedTokens: FeedTokenStore;
  watches: WatchStore;
  notices: NoticeStore;
  kpis: KpiStore;
  scheduleVersion: ScheduleVersionStore;
  catalog: CatalogService;
  auth: AuthService;
  permissions: PermissionsService;
  userInfo: UserInfoService;
  logger: LoggerService;
  notifications?: NotificationService;
  transformConditions: ConditionTransformer<ReleaseFilter>;
  config: ReleasesBackendConfig;
  now?: () => Date;
}) {
  const { store, config, now } = deps;
  const { environments } = config;
  const reader = new CatalogCiReader(deps.catalog, config.ciKinds);
  const snapshots = new CiSnapshotCache({
    reader,
    auth: deps.auth,
    logger: deps.logger,
    environments,
    maxAgeMs: config.graphMaxAgeMs,
  });
  const access = new ReleaseAccess({ store, permissions: deps.permissions });
  const notifier = new ReleaseNotifier({
    store,
    notifications: deps.notifications,
    logger: deps.logger,
    watches: deps.watches,
    snapshots,
    distributionLists: config.distributionLists,
  });
  const schedule = new ScheduleService({
    store,
    changes: deps.changes,
    windows: new ScheduleWindows({
      windows: deps.windows,
      snapshots,
      now,
    }),
    snapshots,
    environments,
    relatedDepth: config.relatedDepth,
    logger: deps.logger,
    now,
  });
  const stages = config.stages ?? DEFAULT_STAGE_SETTINGS;
  const overdue = new OverdueFlags({ timeLimits: stages.timeLimits, now });
  const cache = new ReadCache({
    version: deps.scheduleVersion,
    maxBytes: config.readCacheMaxBytes,
    now,
  });
  const releaseService = new ReleaseService({
    store,
    permissions: deps.permissions,
    transformConditions: deps.transformConditions,
    access,
    schedule,
    overdue,
    cache,
    now,
  });
  const calendar = new CalendarService({
    releases: releaseService,
    schedule,
    snapshots,
    overdue,
    cache,
    now,
  });
  const conflictRefresher = new ConflictRefresher({ store, schedule, now });
  return {
    stageWarnings: new StageWarnings({
      store,
      notices: deps.notices,
      notifier,
      settings: stages,
      environments,
      logger: deps.logger,
      now,
    }),
    snapshots,
    calendar,
    conflictRefresher,
    ...createFeedServices({
      store: deps.feedTokens,
      releases: releaseService,
      calendar,
      appBaseUrl: config.appBaseUrl,
      now,
    }),
    now,
    ciService: new CiService({
      reader,
      snapshots,
      windows: deps.windows,
      environments,
      now,
    }),
    releaseService,
    kpis: new KpiService({
      store: deps.kpis,
      releases: releaseService,
      snapshots,
      environments,
      pirDueAfter: stages.pirDueAfter,
      now,
    }),
    watchService: new WatchService({ watches: deps.watches, reader, now }),
    notes: new ReleaseNotesService({
      releases: releaseService,
      environments,
      now,
    }),
    distributionLists: config.distributionLists ?? [],
    changes: new ChangeService({
      changes: deps.changes,
      access,
      reader,
      environments,
    }),
    gate: new GateService({ releases: releaseService, schedule }),
    schedule,
    windows: new WindowService({
      windows: deps.windows,
      reader,
      access,
      environments,
      onChange: () => conflictRefresher.refresh(),
      logger: deps.logger,
      now,
    }),
    deployments: new DeploymentService({
      deployments: deps.deployments,
      store,
      releases: releaseService,
      access,
      now,
    }),
    commands: new ReleaseCommands({
      store,
      schedule,
      access,
      reader,
      notifier,
      environments,
      distributionLists: config.distributionLists?.map(list => list.name),
      now,
    }),
    overrides: new ConflictOverrides({
      store,
      access,
      schedule,
      notifier,
      now,
    }),
    transitions: new ReleaseTransitions({
      store,
      access,
      snapshots,
      schedule,
      userInfo: deps.userInfo,
      notifier,
      environments,
      now,
    }),
  };
}
