import { Config } from '@backstage/config';
import { MAX_RELATED_DEPTH } from '@stagegate/plugin-releases-common';
import { readCiKinds, readEnvironments } from '@stagegate/plugin-releases-node';

/**
 * The releases backend's configuration, read once at start-up.
 *
 * @internal
 */
export type ReleasesBackendConfig = {
  environments: readonly string[];
  ciKinds: readonly string[];
  graphMaxAgeMs: number;
  relatedDepth: number;
  /** For demos only: a file of example releases to store when none is stored yet. */
  demoSeedFile?: string;
  /** `app.baseUrl`: where the calendar feed's events link to. */
  appBaseUrl?: string;
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
    relatedDepth: readInteger(config, 'releases.conflicts.relatedDepth', 1, [
      1,
      MAX_RELATED_DEPTH,
    ]),
    demoSeedFile: config.getOptionalString('releases.demo.seedFile'),
    appBaseUrl: config.getOptionalString('app.baseUrl'),
  };
}
