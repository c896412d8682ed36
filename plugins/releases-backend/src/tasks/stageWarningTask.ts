import {
  LoggerService,
  SchedulerService,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { StageWarnings } from '../services/StageWarnings';

/**
 * The id of the task that sends stage-overdue warnings and prompts.
 *
 * @internal
 */
export const STAGE_WARNING_TASK_ID = 'releases-stage-warnings';

/**
 * Schedules the stage warnings. `scope: 'global'` runs the task on one replica at a time;
 * should two runs still overlap (a run outliving its timeout), each notice is claimed in
 * the database before it is sent, so it is sent once.
 *
 * @internal
 */
export async function scheduleStageWarnings(deps: {
  scheduler: SchedulerService;
  warnings: StageWarnings;
  schedule: SchedulerServiceTaskScheduleDefinition;
  logger: LoggerService;
}): Promise<void> {
  await deps.scheduler.scheduleTask({
    id: STAGE_WARNING_TASK_ID,
    scope: 'global',
    ...deps.schedule,
    fn: async () => {
      const { sent } = await deps.warnings.run();
      if (sent > 0) deps.logger.info(`Sent ${sent} stage warnings and prompts`);
    },
  });
}
