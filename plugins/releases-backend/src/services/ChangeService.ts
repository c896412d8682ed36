import { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  Change,
  ChangeCreateRequest,
  ChangeListQuery,
  Page,
  releaseCreatePermission,
} from '@stagegate/plugin-releases-common';
import { randomUUID } from 'crypto';
import { CatalogCiReader } from '../catalog/CatalogCiReader';
import { ChangeStore } from '../database';
import { actorOf } from './actor';
import { ReleaseAccess } from './ReleaseAccess';
import { checkSlotEnvironments, resolveReleaseCis } from './releaseCis';

/**
 * Reads and records changes that are not releases. Recording one needs the same permission
 * as planning a release, and its CIs must be visible to the caller.
 *
 * @internal
 */
export class ChangeService {
  constructor(
    private readonly deps: {
      changes: ChangeStore;
      access: ReleaseAccess;
      reader: CatalogCiReader;
      environments: readonly string[];
    },
  ) {}

  async listChanges(query: ChangeListQuery): Promise<Page<Change>> {
    return this.deps.changes.listChanges(query);
  }

  async createChange(
    request: ChangeCreateRequest,
    { credentials }: { credentials: BackstageCredentials },
  ): Promise<Change> {
    await this.deps.access.require(releaseCreatePermission, credentials);
    checkSlotEnvironments(
      [request],
      this.deps.environments,
      () => 'environment',
    );
    await resolveReleaseCis(
      this.deps.reader,
      request.entityRefs,
      this.deps.environments,
      credentials,
    );
    const actor = actorOf(credentials);
    return this.deps.changes.insertChange({
      ...request,
      id: randomUUID(),
      description: request.description ?? '',
      status: 'planned',
      owner: request.owner ?? actor,
      source: 'api',
      createdBy: actor,
    });
  }
}
