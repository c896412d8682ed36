import {
  SchedulerServiceTaskScheduleDefinition,
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
} from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import {
  DEFAULT_STAGE_SETTINGS,
  STAGE_LIMIT_STATUSES,
  StageLimitStatus,
  StageSettings,
  StageTimeLimits,
  parseStageDuration,
} from '@stagegate/plugin-releases-common';

/**
 * How often the stage warning task runs unless `releases.stages.warningSchedule` says
 * otherwise: every five minutes, first a minute after start-up.
 *
 * @internal
 */
export const DEFAULT_STAGE_WARNING_SCHEDULE: SchedulerServiceTaskScheduleDefinition =
  {
    frequency: { minutes: 5 },
    timeout: { minutes: 4 },
    initialDelay: { minutes: 1 },
  };

function readDuration(config: Config, key: string, fallback: string): string {
  const value = config.getOptionalString(key) ?? fallback;
  const parsed = parseStageDuration(value);
  if ('error' in parsed) {
    throw new Error(`Invalid configuration ${key}: ${parsed.error}`);
  }
  return value;
}

function readTimeLimits(config: Config): StageTimeLimits {
  const key = 'releases.stages.timeLimits';
  const section = config.getOptionalConfig(key);
  const limits: StageTimeLimits = {};
  for (const status of section?.keys() ?? []) {
    if (!(STAGE_LIMIT_STATUSES as readonly string[]).includes(status)) {
      throw new Error(
        `Invalid configuration ${key}.${status}: time limits can be set for ${STAGE_LIMIT_STATUSES.join(
          ', ',
        )}`,
      );
    }
    limits[status as StageLimitStatus] = readDuration(
      config,
      `${key}.${status}`,
      '',
    );
  }
  return limits;
}

/**
 * Reads the stage warning settings (`releases.stages.*`, `releases.prompts.*`), refusing a
 * status that cannot have a limit or a duration that is not a fixed length, with a message
 * that names the key.
 *
 * @internal
 */
export function readStageSettings(config: Config): {
  stages: StageSettings;
  stageWarningSchedule: SchedulerServiceTaskScheduleDefinition;
} {
  const schedule = config.getOptionalConfig('releases.stages.warningSchedule');
  return {
    stages: {
      timeLimits: readTimeLimits(config),
      pirDueAfter: readDuration(
        config,
        'releases.prompts.pirDueAfter',
        DEFAULT_STAGE_SETTINGS.pirDueAfter,
      ),
      backoutPlanLead: readDuration(
        config,
        'releases.prompts.backoutPlanLead',
        DEFAULT_STAGE_SETTINGS.backoutPlanLead,
      ),
    },
    stageWarningSchedule: schedule
      ? readSchedulerServiceTaskScheduleDefinitionFromConfig(schedule)
      : DEFAULT_STAGE_WARNING_SCHEDULE,
  };
}
