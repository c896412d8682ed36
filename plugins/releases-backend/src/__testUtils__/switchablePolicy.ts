import {
  BackendFeature,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import {
  AuthorizeResult,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import { PolicyQuery } from '@backstage/plugin-permission-node';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';
import { RESOURCE_TYPE_RELEASE } from '@stagegate/plugin-releases-common';
import permissionPlugin from '@backstage/plugin-permission-backend';

/**
 * What the policy answers for one permission: allow, deny, or a condition on the release
 * (its owner or creator is one of the claims, or a CI of it is owned by one of them).
 */
export type PolicyMode =
  | 'allow'
  | 'deny'
  | {
      rule: 'IS_RELEASE_OWNER' | 'IS_ENTITY_OWNER';
      claims: string[];
    };

/**
 * A permission policy whose answer per permission name a test can change between requests.
 * It runs inside the real permission backend, so conditional decisions travel the real way:
 * policy → permission backend → the releases plugin's apply-conditions endpoint (or its SQL
 * filter for lists).
 */
export class SwitchablePolicy {
  private readonly modes = new Map<string, PolicyMode>();

  /** Answers `mode` for `permission` until {@link SwitchablePolicy.reset}. */
  set(permission: string, mode: PolicyMode): void {
    this.modes.set(permission, mode);
  }

  /** The answers set so far, to restore after {@link SwitchablePolicy.reset}. */
  entries(): Array<[string, PolicyMode]> {
    return [...this.modes];
  }

  /** Back to allowing everything. */
  reset(): void {
    this.modes.clear();
  }

  /** The decision for one query, as the permission backend asks it. */
  handle(query: PolicyQuery): PolicyDecision {
    const mode = this.modes.get(query.permission.name) ?? 'allow';
    if (mode === 'allow') return { result: AuthorizeResult.ALLOW };
    if (mode === 'deny') return { result: AuthorizeResult.DENY };
    return {
      result: AuthorizeResult.CONDITIONAL,
      pluginId: 'releases',
      resourceType: RESOURCE_TYPE_RELEASE,
      conditions: {
        rule: mode.rule,
        resourceType: RESOURCE_TYPE_RELEASE,
        params: { claims: mode.claims },
      },
    };
  }

  /**
   * The real permission backend with this policy, and the configuration that turns the
   * permission framework on.
   */
  features(): { features: BackendFeature[]; config: Record<string, unknown> } {
    const handle = (query: PolicyQuery) => this.handle(query);
    const policyModule = createBackendModule({
      pluginId: 'permission',
      moduleId: 'switchable-test-policy',
      register(reg) {
        reg.registerInit({
          deps: { policies: policyExtensionPoint },
          async init({ policies }) {
            policies.setPolicy({ handle: async query => handle(query) });
          },
        });
      },
    });
    return {
      features: [permissionPlugin, policyModule],
      config: { permission: { enabled: true } },
    };
  }
}
