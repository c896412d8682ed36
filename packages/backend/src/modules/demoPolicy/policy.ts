import {
  AuthorizeResult,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import {
  PermissionPolicy,
  PolicyQuery,
  PolicyQueryUser,
} from '@backstage/plugin-permission-node';
import { conflictOverridePermission } from '@stagegate/plugin-releases-common';

/** The example organisation's release managers (examples/org.yaml). */
export const RELEASE_MANAGERS = 'group:default/release-managers';

/**
 * DEMO ONLY. The demo's permission policy: everyone may do everything, except override a
 * conflict, which only the release managers may (a `block` conflict stops approval unless
 * one of them records why it may go ahead). Segregation of duties (an owner cannot approve
 * their own release) is the releases backend's own rule and holds under any policy.
 */
export class DemoReleasePolicy implements PermissionPolicy {
  async handle(
    request: PolicyQuery,
    user?: PolicyQueryUser,
  ): Promise<PolicyDecision> {
    if (request.permission.name === conflictOverridePermission.name) {
      const isManager =
        user?.info.ownershipEntityRefs.includes(RELEASE_MANAGERS) ?? false;
      return {
        result: isManager ? AuthorizeResult.ALLOW : AuthorizeResult.DENY,
      };
    }
    return { result: AuthorizeResult.ALLOW };
  }
}
