import {
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import {
  DistributionList,
  MAX_RELATED_DEPTH,
  StageSettings,
} from '@stagegate/plugin-releases-common';
import {
  readCiKinds,
  readDistributionLists,
  readEnvironments,
} from '@stagegate/plugin-releases-node';
import { readStageSettings } from './stageConfig';

/**
 * The releases backend's configuration, read once at start-up.
 *
 * @internal
 */
export type ReleasesBackendConfig = {
  environments: readonly string[];
  ciKinds: readonly string[];
  graphMaxAgeMs: number;
  /** `releases.readCache.maxMegabytes`, in bytes: how much answer JSON a replica keeps. */
  readCacheMaxBytes: number;
  relatedDepth: number;
  /** For demos only: a file of example releases to store when none is stored yet. */
  demoSeedFile?: string;
  /** `app.baseUrl`: where the calendar feed's events link to. */
  appBaseUrl?: string;
  /** `releases.conflicts.refreshSchedule`, when given: when stored conflicts are re-checked. */
  conflictRefreshSchedule?: SchedulerServiceTaskScheduleDefinition;
  /** `releases.notifications.distributionLists`; none when absent. */
  distributionLists?: readonly DistributionList[];
  /** Stage time limits and prompts; the defaults (no limits) when absent. */
  stages?: StageSettings;
  /** When the stage warning task runs; every five minutes when absent. */
  stageWarningSchedule?: SchedulerServiceTaskScheduleDefinition;
};

function readInteger(
  config: Config,
  key: string,
  fallback: number,
  [min, max]: [number, number],
): number {
  const value = config.getOptionalNumber(key) ?? fallback;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(
      `Invalid configuration ${key}: ${value}; give an integer from ${min} to ${max}`,
    );
  }
  return value;
}

function readOptionalSchedule(
  config: Config,
  key: string,
): SchedulerServiceTaskScheduleDefinition | undefined {
  const schedule = config.getOptionalConfig(key);
  return schedule
    ? readSchedulerServiceTaskScheduleDefinitionFromConfig(schedule)
    : undefined;
}

/**
 * Reads `releases.*`, with defaults, refusing values out of range with a message that names
 * the key.
 *
 * @internal
 */
export function readReleasesBackendConfig(
  config: Config,
): ReleasesBackendConfig {
  return {
    environments: readEnvironments(config),
    ciKinds: readCiKinds(config),
    graphMaxAgeMs:
      readInteger(config, 'releases.ci.graphMaxAgeSeconds', 60, [0, 86400]) *
      1000,
    readCacheMaxBytes:
      readInteger(config, 'releases.readCache.maxMegabytes', 64, [0, 4096]) *
      1024 *
      1024,
    relatedDepth: readInteger(config, 'releases.conflicts.relatedDepth', 1, [
      1,
      MAX_RELATED_DEPTH,
    ]),
    demoSeedFile: config.getOptionalString('releases.demo.seedFile'),
    appBaseUrl: config.getOptionalString('app.baseUrl'),
    conflictRefreshSchedule: readOptionalSchedule(
      config,
      'releases.conflicts.refreshSchedule',
    ),
    distributionLists: readDistributionLists(config) ?? [],
    ...readStageSettings(config),
  };
}
