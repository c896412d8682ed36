import {
  LoggerService,
  SchedulerService,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { ConflictRefresher } from '../services/ConflictRefresher';

/**
 * The id of the task that re-checks the stored conflicts of upcoming releases.
 *
 * @internal
 */
export const CONFLICT_REFRESH_TASK_ID = 'releases-refresh-conflicts';

/**
 * When the re-check runs unless `releases.conflicts.refreshSchedule` says otherwise.
 *
 * @internal
 */
export const DEFAULT_CONFLICT_REFRESH_SCHEDULE: SchedulerServiceTaskScheduleDefinition =
  {
    frequency: { minutes: 10 },
    timeout: { minutes: 5 },
    initialDelay: { seconds: 20 },
  };

/**
 * Schedules the re-check of stored conflicts: shortly after start-up (so seeded releases
 * and catalog windows are taken into account once the catalog has them), then every ten
 * minutes. `scope: 'global'` runs it on one replica at a time.
 *
 * @internal
 */
export async function scheduleConflictRefresh(deps: {
  scheduler: SchedulerService;
  refresher: ConflictRefresher;
  logger: LoggerService;
  schedule?: SchedulerServiceTaskScheduleDefinition;
}): Promise<void> {
  await deps.scheduler.scheduleTask({
    id: CONFLICT_REFRESH_TASK_ID,
    scope: 'global',
    ...(deps.schedule ?? DEFAULT_CONFLICT_REFRESH_SCHEDULE),
    fn: async () => {
      const { checked, changed } = await deps.refresher.refresh();
      deps.logger.info(
        `Re-checked the conflicts of ${checked} upcoming releases; ${changed} changed`,
      );
    },
  });
}
