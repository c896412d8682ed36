import { AuditorService, HttpAuthService } from '@backstage/backend-plugin-api';
import { DistributionList } from '@stagegate/plugin-releases-common';
import {
  CalendarFeedService,
  ChangeService,
  CalendarService,
  CiService,
  ConflictOverrides,
  DeploymentService,
  FeedTokenService,
  KpiService,
  GateService,
  ReleaseNotesService,
  WatchService,
  ReleaseCommands,
  ReleaseService,
  ReleaseTransitions,
  ScheduleService,
  WindowService,
} from '../services';
import { createOpenApiRouter } from '../schema/openapi';
import { addCalendarFeedRoutes } from './calendarFeedRoutes';
import { addCalendarRoutes } from './calendarRoutes';
import { addCiRoutes } from './ciRoutes';
import { addKpiRoutes } from './kpiRoutes';
import { addConflictRoutes } from './conflictRoutes';
import { addReleaseRoutes } from './releaseRoutes';
import { addChangeRoutes } from './changeRoutes';
import { addPipelineRoutes } from './pipelineRoutes';
import { addWindowRoutes } from './windowRoutes';
import { addWatchRoutes } from './watchRoutes';
import { addNotesRoutes } from './notesRoutes';

import { jsonBody } from './jsonBody';

export { parse } from './parse';

/**
 * Builds the HTTP router of the releases plugin. It only translates HTTP: validate the
 * request, take the caller's credentials, call a service, and audit every change.
 *
 * @internal
 */
export async function createRouter(deps: {
  httpAuth: HttpAuthService;
  auditor: AuditorService;
  releaseService: ReleaseService;
  commands: ReleaseCommands;
  transitions: ReleaseTransitions;
  ciService: CiService;
  changes: ChangeService;
  gate: GateService;
  deployments: DeploymentService;
  windows: WindowService;
  schedule: ScheduleService;
  calendar: CalendarService;
  overrides: ConflictOverrides;
  feeds: CalendarFeedService;
  feedTokens: FeedTokenService;
  kpis: KpiService;
  watchService: WatchService;
  notes: ReleaseNotesService;
  distributionLists: readonly DistributionList[];
  relatedDepth: number;
  now?: () => Date;
}) {
  const router = await createOpenApiRouter({ middleware: jsonBody() });

  router.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });

  addReleaseRoutes(router, {
    httpAuth: deps.httpAuth,
    auditor: deps.auditor,
    releases: deps.releaseService,
    commands: deps.commands,
    transitions: deps.transitions,
  });
  addChangeRoutes(router, {
    httpAuth: deps.httpAuth,
    auditor: deps.auditor,
    changes: deps.changes,
  });
  addPipelineRoutes(router, {
    httpAuth: deps.httpAuth,
    auditor: deps.auditor,
    gate: deps.gate,
    deployments: deps.deployments,
    now: deps.now,
  });
  addWindowRoutes(router, {
    httpAuth: deps.httpAuth,
    auditor: deps.auditor,
    windows: deps.windows,
  });
  addConflictRoutes(router, {
    httpAuth: deps.httpAuth,
    auditor: deps.auditor,
    schedule: deps.schedule,
    overrides: deps.overrides,
    releases: deps.releaseService,
  });
  addCalendarFeedRoutes(router, {
    httpAuth: deps.httpAuth,
    auditor: deps.auditor,
    feeds: deps.feeds,
    feedTokens: deps.feedTokens,
  });
  addCalendarRoutes(router, {
    httpAuth: deps.httpAuth,
    releases: deps.releaseService,
    calendar: deps.calendar,
  });
  addWatchRoutes(router, {
    httpAuth: deps.httpAuth,
    auditor: deps.auditor,
    watches: deps.watchService,
  });
  addNotesRoutes(router, {
    httpAuth: deps.httpAuth,
    notes: deps.notes,
    distributionLists: deps.distributionLists,
  });
  addKpiRoutes(router, { httpAuth: deps.httpAuth, kpis: deps.kpis });
  addCiRoutes(router, {
    httpAuth: deps.httpAuth,
    ciService: deps.ciService,
    relatedDepth: deps.relatedDepth,
  });

  return router;
}
