import { Config } from '@backstage/config';
import {
  CI_KINDS,
  DEFAULT_ENVIRONMENTS,
} from '@stagegate/plugin-releases-common';

/**
 * The configured environments in promotion order, `releases.environments`, or
 * DEFAULT_ENVIRONMENTS. Shared by every backend package so that they agree.
 *
 * @public
 */
export function readEnvironments(config: Config): readonly string[] {
  return (
    config.getOptionalStringArray('releases.environments') ??
    DEFAULT_ENVIRONMENTS
  );
}

/**
 * The entity kinds that are CIs, `releases.ci.kinds`, or CI_KINDS.
 *
 * @public
 */
export function readCiKinds(config: Config): readonly string[] {
  return config.getOptionalStringArray('releases.ci.kinds') ?? CI_KINDS;
}
