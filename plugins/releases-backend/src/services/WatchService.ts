import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { NotFoundError } from '@backstage/errors';
import { Watch } from '@stagegate/plugin-releases-common';
import { CatalogCiReader } from '../catalog/CatalogCiReader';
import { WatchStore } from '../database';
import { actorOf } from './actor';

type Options = { credentials: BackstageCredentials };

/**
 * A user's watches of CIs and systems. Each user sees and changes only their own; a watch
 * needs a CI or system the user can see in the catalog.
 *
 * @internal
 */
export class WatchService {
  constructor(
    private readonly deps: {
      watches: WatchStore;
      reader: CatalogCiReader;
      now?: () => Date;
    },
  ) {}

  /** The caller's watches, oldest first. */
  async listWatches({ credentials }: Options): Promise<Watch[]> {
    return this.deps.watches.listWatches(actorOf(credentials));
  }

  /**
   * Watches a CI or a system, stored under the catalog's own spelling of its ref; watching
   * it again keeps the first watch.
   */
  async watch(targetRef: string, { credentials }: Options): Promise<Watch> {
    const entity = await this.deps.reader.ciOrSystem(targetRef, credentials);
    if (!entity) {
      throw new NotFoundError(
        `${targetRef} is not a CI or system in the catalog, or you may not see it`,
      );
    }
    return this.deps.watches.addWatch(
      actorOf(credentials),
      stringifyEntityRef(entity),
      (this.deps.now?.() ?? new Date()).toISOString(),
    );
  }

  /** Stops watching; stopping a watch that does not exist is not an error. */
  async unwatch(targetRef: string, { credentials }: Options): Promise<void> {
    await this.deps.watches.removeWatch(actorOf(credentials), targetRef);
  }
}
