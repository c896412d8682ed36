import { mockServices } from '@backstage/backend-test-utils';
import {
  AuthorizeResult,
  DefinitivePolicyDecision,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import { RESOURCE_TYPE_RELEASE } from '@stagegate/plugin-releases-common';

/** What one user may not do, in {@link permissionsLimiting}. */
export type UserLimits = {
  /** Permissions the user is refused outright, by name. */
  denied?: readonly string[];
  /**
   * Whether the user reads only the releases they own (a conditional decision, which the
   * store turns into SQL); a function is asked on every decision, so a test can change it.
   */
  readsOnlyOwn?: boolean | (() => boolean);
  /**
   * With `readsOnlyOwn`, the ids of the releases the user may read when asked one release
   * at a time; every release when absent.
   */
  readable?: ReadonlySet<string>;
};

/**
 * A permission service for tests where everyone may do everything, except what `limits`
 * say about one user (an entity ref).
 */
export function permissionsLimiting(user: string, limits: UserLimits) {
  const isUser = (options?: { credentials: { principal: unknown } }) =>
    (options?.credentials.principal as { userEntityRef?: string } | undefined)
      ?.userEntityRef === user;
  const readsOnlyOwn = () =>
    typeof limits.readsOnlyOwn === 'function'
      ? limits.readsOnlyOwn()
      : !!limits.readsOnlyOwn;
  const decide = (
    name: string,
    resourceRef: string | undefined,
  ): DefinitivePolicyDecision => {
    if (limits.denied?.includes(name)) return { result: AuthorizeResult.DENY };
    const limitedRead =
      name === 'releases.release.read' &&
      resourceRef &&
      limits.readable &&
      readsOnlyOwn();
    return {
      result:
        limitedRead && !limits.readable!.has(resourceRef)
          ? AuthorizeResult.DENY
          : AuthorizeResult.ALLOW,
    };
  };
  return mockServices.permissions.mock({
    authorize: async (requests, options) =>
      requests.map(
        (request): DefinitivePolicyDecision =>
          isUser(options)
            ? decide(
                request.permission.name,
                'resourceRef' in request ? request.resourceRef : undefined,
              )
            : { result: AuthorizeResult.ALLOW },
      ),
    authorizeConditional: async (requests, options) =>
      requests.map(
        ({ permission }): PolicyDecision =>
          isUser(options) &&
          permission.name === 'releases.release.read' &&
          readsOnlyOwn()
            ? {
                result: AuthorizeResult.CONDITIONAL,
                pluginId: 'releases',
                resourceType: RESOURCE_TYPE_RELEASE,
                conditions: {
                  rule: 'IS_RELEASE_OWNER',
                  resourceType: RESOURCE_TYPE_RELEASE,
                  params: { claims: [user] },
                },
              }
            : { result: AuthorizeResult.ALLOW },
      ),
  });
}
