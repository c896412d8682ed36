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
import { ReleaseStore } from '../database';

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
    },
  ) {}

  /** Lists the releases the caller may read. */
  async listReleases(
    query: ReleaseListQuery,
    options: { credentials: BackstageCredentials },
  ): Promise<Page<Release>> {
    await this.authorize(options.credentials);
    return this.deps.store.listReleases(query);
  }

  private async authorize(credentials: BackstageCredentials) {
    const [decision] = await this.deps.permissions.authorize(
      [{ permission: releaseReadPermission }],
      { credentials },
    );
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError(
        `You are not allowed to read releases (${releaseReadPermission.name})`,
      );
    }
  }
}
