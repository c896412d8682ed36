import { Config } from '@backstage/config';
import {
  CI_KINDS,
  DEFAULT_ENVIRONMENTS,
} from '@stagegate/plugin-releases-common';

/** The configured environments, `releases.environments`, or the default ones. */
export function readEnvironments(config: Config): readonly string[] {
  return (
    config.getOptionalStringArray('releases.environments') ??
    DEFAULT_ENVIRONMENTS
  );
}

/** The entity kinds that are CIs, `releases.ci.kinds`, or the default ones. */
export function readCiKinds(config: Config): readonly string[] {
  return config.getOptionalStringArray('releases.ci.kinds') ?? CI_KINDS;
}
