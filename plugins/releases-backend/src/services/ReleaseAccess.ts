import {
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { NotAllowedError, NotFoundError } from '@backstage/errors';
import {
  AuthorizePermissionRequest,
  AuthorizeResult,
  BasicPermission,
  ResourcePermission,
  isResourcePermission,
} from '@backstage/plugin-permission-common';
import {
  Release,
  redactUnreadableParties,
  releaseReadPermission,
} from '@stagegate/plugin-releases-common';
import { ReleaseStore } from '../database';

const VERBS: Record<string, string> = {
  'releases.release.read': 'read',
  'releases.release.create': 'create releases',
  'releases.release.update': 'change',
  'releases.release.approve': 'approve or reject',
  'releases.release.deploy': 'deploy or back out',
  'releases.conflict.override': 'override conflicts of',
};

/**
 * Loads releases for a caller and checks what the caller may do with them. A release the
 * caller may not read is "not found", so its existence does not leak; a release they may
 * read but not change is "not allowed", with the permission named.
 *
 * @internal
 */
export class ReleaseAccess {
  constructor(
    private readonly deps: {
      store: ReleaseStore;
      permissions: PermissionsService;
    },
  ) {}

  /** The release, when the caller may read it and, if given, do `permission` with it. */
  async load(
    id: string,
    credentials: BackstageCredentials,
    permission?: ResourcePermission,
  ): Promise<Release> {
    const release = await this.deps.store.getRelease(id);
    if (
      !release ||
      !(await this.allows(releaseReadPermission, credentials, id))
    ) {
      throw new NotFoundError(`No release ${id}, or you may not read it`);
    }
    if (permission) await this.require(permission, credentials, release);
    return release;
  }

  /** Throws NotAllowedError naming the permission unless the caller has it. */
  async require(
    permission: ResourcePermission | BasicPermission,
    credentials: BackstageCredentials,
    release?: Release,
  ): Promise<void> {
    if (await this.allows(permission, credentials, release?.id)) return;
    const verb = VERBS[permission.name] ?? permission.name;
    const what = release ? ` ${release.key}` : '';
    throw new NotAllowedError(
      `You may not ${verb}${what} (permission ${permission.name})`,
    );
  }

  /** Whether the caller has a permission, for a release when it is a resource permission. */
  async allows(
    permission: ResourcePermission | BasicPermission,
    credentials: BackstageCredentials,
    releaseId?: string,
  ): Promise<boolean> {
    const request: AuthorizePermissionRequest = isResourcePermission(permission)
      ? { permission, resourceRef: releaseId ?? '' }
      : { permission: permission as BasicPermission };
    const [decision] = await this.deps.permissions.authorize([request], {
      credentials,
    });
    return decision.result === AuthorizeResult.ALLOW;
  }

  /** Of some releases, the ids the caller may read, asked in one batch. */
  async readableIds(
    ids: Iterable<string>,
    credentials: BackstageCredentials,
  ): Promise<Set<string>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Set();
    const decisions = await this.deps.permissions.authorize(
      unique.map(resourceRef => ({
        permission: releaseReadPermission,
        resourceRef,
      })),
      { credentials },
    );
    return new Set(
      unique.filter((_, i) => decisions[i].result === AuthorizeResult.ALLOW),
    );
  }

  /**
   * The releases with the titles of conflicting releases the caller may not read taken out
   * of their conflicts.
   */
  async redactConflicts<T extends Pick<Release, 'conflicts'>>(
    releases: T[],
    credentials: BackstageCredentials,
  ): Promise<T[]> {
    const others = releases.flatMap(release =>
      (release.conflicts ?? [])
        .filter(conflict => conflict.other.kind === 'release')
        .map(conflict => conflict.other.id),
    );
    if (others.length === 0) return releases;
    const readable = await this.readableIds(others, credentials);
    return releases.map(release =>
      release.conflicts
        ? {
            ...release,
            conflicts: redactUnreadableParties(release.conflicts, id =>
              readable.has(id),
            ),
          }
        : release,
    );
  }
}
