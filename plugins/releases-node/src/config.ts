import { Config } from '@backstage/config';
import {
  CI_KINDS,
  DEFAULT_ENVIRONMENTS,
  DistributionList,
  canonicalEntityRef,
  describeListNameProblem,
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

const LISTS_KEY = 'releases.notifications.distributionLists';

/**
 * The configured distribution lists, `releases.notifications.distributionLists` (list name →
 * user and group entity refs), in the order configured, each member ref in its canonical
 * form; undefined when the key is absent. A malformed name or member is refused with a
 * message that names its key.
 *
 * @public
 */
export function readDistributionLists(
  config: Config,
): DistributionList[] | undefined {
  const lists = config.getOptionalConfig(LISTS_KEY);
  if (!lists) return undefined;
  return lists.keys().map(name => {
    const key = `${LISTS_KEY}.${name}`;
    const nameProblem = describeListNameProblem(name);
    if (nameProblem) {
      throw new Error(`Invalid configuration ${key}: ${nameProblem}`);
    }
    const members = lists.getStringArray(name).map((member, index) => {
      const ref = canonicalEntityRef(member, ['user', 'group']);
      if (!ref) {
        throw new Error(
          `Invalid configuration ${key}[${index}]: '${member}' is not a user or group entity ref, such as group:default/cab`,
        );
      }
      return ref;
    });
    return { name, members: [...new Set(members)] };
  });
}
