import {
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  HistoryEntry,
  Page,
  Release,
  ReleaseListQuery,
  releaseReadPermission,
} from '@stagegate/plugin-releases-common';
import { ConditionTransformer } from '@backstage/plugin-permission-node';
import { ReleaseStore } from '../database';
import { ReleaseFilter } from '../permissions';
import { ReleaseAccess } from './ReleaseAccess';

/**
 * Reads and changes releases on behalf of a caller, enforcing permissions.
 *
 * @internal
 */
export class ReleaseService {
  constructor(
    private readonly deps: {
      store: ReleaseStore;
      permissions: PermissionsService;
      transformConditions: ConditionTransformer<ReleaseFilter>;
      access: ReleaseAccess;
    },
  ) {}

  /** One release; NotFoundError when it does not exist or the caller may not read it. */
  async getRelease(
    id: string,
    options: { credentials: BackstageCredentials },
  ): Promise<Release> {
    return this.deps.access.load(id, options.credentials);
  }

  /** The history of a release the caller may read, oldest first. */
  async getHistory(
    id: string,
    options: { credentials: BackstageCredentials },
  ): Promise<HistoryEntry[]> {
    await this.deps.access.load(id, options.credentials);
    return this.deps.store.listHistory(id);
  }

  /** Lists the releases the caller may read. */
  async listReleases(
    query: ReleaseListQuery,
    options: { credentials: BackstageCredentials },
  ): Promise<Page<Release>> {
    const [decision] = await this.deps.permissions.authorizeConditional(
      [{ permission: releaseReadPermission }],
      { credentials: options.credentials },
    );
    if (decision.result === AuthorizeResult.DENY) {
      throw new NotAllowedError(
        `You are not allowed to read releases (${releaseReadPermission.name})`,
      );
    }
    const permitted =
      decision.result === AuthorizeResult.CONDITIONAL
        ? this.deps.transformConditions(decision.conditions)
        : undefined;
    return this.deps.store.listReleases(query, permitted);
  }
}
