import {
  BackstageCredentials,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { InputError, NotAllowedError, NotFoundError } from '@backstage/errors';
import {
  ChangeWindowSpec,
  ScheduleWindow,
  WindowCreateRequest,
  WindowPatchRequest,
  describeChangeWindowProblems,
  windowManagePermission,
} from '@stagegate/plugin-releases-common';
import { randomUUID } from 'crypto';
import { CatalogCiReader } from '../catalog/CatalogCiReader';
import { WindowStore } from '../database';
import { actorOf } from './actor';
import { ReleaseAccess } from './ReleaseAccess';

type Options = { credentials: BackstageCredentials };

/**
 * Lists change windows from the catalog and the API, and manages the API ones (ad-hoc
 * freezes) for callers with `releases.window.manage`. Their specs are checked with the same
 * rules as ChangeWindow entities, each bad field named.
 *
 * @internal
 */
export class WindowService {
  constructor(
    private readonly deps: {
      windows: WindowStore;
      reader: CatalogCiReader;
      access: ReleaseAccess;
      environments: readonly string[];
      /** Called after an API window changed, to re-check the releases' conflicts. */
      onChange?: () => Promise<unknown>;
      logger?: LoggerService;
      now?: () => Date;
    },
  ) {}

  /** Every window the caller may see, catalog ones first, each group by title. */
  async listWindows({ credentials }: Options): Promise<ScheduleWindow[]> {
    const [catalog, api] = await Promise.all([
      this.deps.reader.windows(credentials),
      this.deps.windows.listWindows(),
    ]);
    const fromCatalog = catalog.map(
      (entity): ScheduleWindow => ({
        id: stringifyEntityRef(entity),
        source: 'catalog',
        title: entity.metadata.title ?? entity.metadata.name,
        description: entity.metadata.description ?? '',
        spec: entity.spec,
      }),
    );
    const byTitle = (a: ScheduleWindow, b: ScheduleWindow) =>
      a.title.localeCompare(b.title);
    return [...fromCatalog.sort(byTitle), ...api.sort(byTitle)];
  }

  async createWindow(
    request: WindowCreateRequest,
    { credentials }: Options,
  ): Promise<ScheduleWindow> {
    await this.deps.access.require(windowManagePermission, credentials);
    const window = await this.deps.windows.insertWindow({
      id: randomUUID(),
      title: request.title,
      description: request.description ?? '',
      spec: this.validSpec(request.spec),
      createdBy: actorOf(credentials),
      createdAt: this.now(),
    });
    this.changed();
    return window;
  }

  async updateWindow(
    id: string,
    patch: WindowPatchRequest,
    { credentials }: Options,
  ): Promise<ScheduleWindow> {
    await this.deps.access.require(windowManagePermission, credentials);
    const current = await this.apiWindow(id);
    const window = await this.deps.windows.updateWindow(
      id,
      patch.revision,
      {
        title: patch.title ?? current.title,
        description: patch.description ?? current.description,
        spec: patch.spec ? this.validSpec(patch.spec) : current.spec,
      },
      this.now(),
    );
    this.changed();
    return window;
  }

  async deleteWindow(id: string, { credentials }: Options): Promise<void> {
    await this.deps.access.require(windowManagePermission, credentials);
    await this.apiWindow(id);
    await this.deps.windows.deleteWindow(id);
    this.changed();
  }

  // Releases' stored conflicts follow the windows; the caller does not wait for that.
  private changed(): void {
    this.deps
      .onChange?.()
      .catch(error =>
        this.deps.logger?.warn(
          `Could not re-check conflicts after a window changed: ${error}`,
        ),
      );
  }

  private async apiWindow(id: string) {
    if (id.includes(':')) {
      throw new NotAllowedError(
        `${id} comes from the catalog; change it in its catalog YAML`,
      );
    }
    const window = await this.deps.windows.getWindow(id);
    if (!window) throw new NotFoundError(`No window ${id}`);
    return window;
  }

  private validSpec(spec: unknown): ChangeWindowSpec {
    const problems = describeChangeWindowProblems(spec, {
      environments: this.deps.environments,
    });
    if (problems.length > 0) {
      throw new InputError(`Invalid body: ${problems.join('; ')}`);
    }
    return spec as ChangeWindowSpec;
  }

  private now(): string {
    return (this.deps.now?.() ?? new Date()).toISOString();
  }
}
