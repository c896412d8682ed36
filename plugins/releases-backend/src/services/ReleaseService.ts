import {
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  Page,
  Release,
  ReleaseListQuery,
  releaseReadPermission,
} from '@stagegate/plugin-releases-common';
import { ConditionTransformer } from '@backstage/plugin-permission-node';
import { ReleaseStore } from '../database';
import { ReleaseFilter } from '../permissions';

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
    },
  ) {}

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
