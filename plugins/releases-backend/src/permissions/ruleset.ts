import { PermissionRuleset } from '@backstage/plugin-permission-node';
import {
  ReleaseFilter,
  ReleaseResource,
  releasePermissionRules,
} from './rules';

/**
 * The ruleset of Stagegate's own release rules, for code that runs without the permissions
 * registry (tests, scripts); the plugin itself asks the registry, which also knows the rules
 * modules add.
 *
 * @internal
 */
export const releaseRuleset: PermissionRuleset<
  ReleaseResource,
  ReleaseFilter,
  'releases-release'
> = {
  getRuleByName(name) {
    const rule = releasePermissionRules.find(r => r.name === name);
    if (!rule) throw new Error(`Unknown permission rule ${name}`);
    return rule;
  },
};
