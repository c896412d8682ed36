import {
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { NotAllowedError, ServiceUnavailableError } from '@backstage/errors';
import {
  AuthorizeResult,
  PermissionCondition,
  PermissionCriteria,
} from '@backstage/plugin-permission-common';
import {
  HistoryEntry,
  Page,
  Release,
  ReleaseListQuery,
  releaseReadPermission,
  RESOURCE_TYPE_RELEASE,
} from '@stagegate/plugin-releases-common';
import { ConditionTransformer } from '@backstage/plugin-permission-node';
import { ReleaseStore } from '../database';
import { ReleaseFilter } from '../permissions';
import { ReleaseAccess } from './ReleaseAccess';
import { OverdueFlags } from './OverdueFlags';
import { KeptAnswer } from './KeptAnswer';
import { ReadCache } from './ReadCache';
import { ScheduleService } from './ScheduleService';

/**
 * What one reader may read of releases, as JSON: everything, or what matches conditions of
 * the release resource's permission rules.
 *
 * @internal
 */
export type ReadAccess =
  | { result: 'ALLOW' }
  | {
      result: 'CONDITIONAL';
      conditions: ReleaseConditions;
    };

type ReleaseConditions = PermissionCriteria<
  PermissionCondition<typeof RESOURCE_TYPE_RELEASE>
>;

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
      schedule: ScheduleService;
      overdue: OverdueFlags;
      cache: ReadCache;
      now?: () => Date;
    },
  ) {}

  /**
   * A release as the API shows it: with `overdue` computed from the stage time limits now.
   * Every route that answers with a release passes it through here.
   */
  present(release: Release): Release {
    return this.deps.overdue.mark(release);
  }

  /** One release; NotFoundError when it does not exist or the caller may not read it. */
  async getRelease(
    id: string,
    options: { credentials: BackstageCredentials },
  ): Promise<Release> {
    return this.present(await this.deps.access.load(id, options.credentials));
  }

  /**
   * One release with its conflicts re-checked now, the titles of releases the caller may not
   * read taken out.
   */
  async getReleaseWithConflicts(
    id: string,
    options: { credentials: BackstageCredentials },
  ): Promise<Release> {
    const release = await this.deps.access.load(id, options.credentials);
    const checked = await this.recheckConflicts(release);
    const [redacted] = await this.deps.access.redactConflicts(
      [checked],
      options.credentials,
    );
    return this.present(redacted);
  }

  /** The release with its conflicts checked now, or as stored when the catalog is down. */
  private async recheckConflicts(release: Release): Promise<Release> {
    try {
      return {
        ...release,
        conflicts: await this.deps.schedule.releaseConflicts(release),
        conflictsCheckedAt: (this.deps.now?.() ?? new Date()).toISOString(),
      };
    } catch (error) {
      if (!(error instanceof ServiceUnavailableError)) throw error;
      return { ...release, conflictsUnchecked: error.message };
    }
  }

  /** The history of a release the caller may read, oldest first. */
  async getHistory(
    id: string,
    options: { credentials: BackstageCredentials },
  ): Promise<HistoryEntry[]> {
    await this.deps.access.load(id, options.credentials);
    return this.deps.store.listHistory(id);
  }

  /**
   * What the caller may read of releases: everything, or the releases matching conditions.
   * The answer is plain JSON, so a calendar feed token can keep it.
   */
  async readAccess(credentials: BackstageCredentials): Promise<ReadAccess> {
    const [decision] = await this.deps.permissions.authorizeConditional(
      [{ permission: releaseReadPermission }],
      { credentials },
    );
    if (decision.result === AuthorizeResult.DENY) {
      throw new NotAllowedError(
        `You are not allowed to read releases (${releaseReadPermission.name})`,
      );
    }
    return decision.result === AuthorizeResult.CONDITIONAL
      ? {
          result: 'CONDITIONAL',
          conditions: decision.conditions as ReleaseConditions,
        }
      : { result: 'ALLOW' };
  }

  /**
   * {@link ReleaseService.listReleases}, serialized and kept until a write to the schedule
   * or a stage limit running out changes it. Readers with the same read access share kept
   * answers: what they may read of other releases (the conflict titles) follows from that
   * access too, as a permission policy decides a release permission without seeing the
   * release.
   */
  async keptList(
    query: ReleaseListQuery,
    options: { credentials: BackstageCredentials },
  ): Promise<KeptAnswer> {
    const access = await this.readAccess(options.credentials);
    return this.deps.cache.answer(
      JSON.stringify(['releases', query, access]),
      async () => {
        const page = await this.listFor(query, access, options.credentials);
        return {
          value: page,
          validUntil: this.deps.overdue.nextTurn(page.items),
        };
      },
    );
  }

  /** Lists the releases the caller may read. */
  async listReleases(
    query: ReleaseListQuery,
    options: { credentials: BackstageCredentials },
  ): Promise<Page<Release>> {
    const access = await this.readAccess(options.credentials);
    return this.listFor(query, access, options.credentials);
  }

  private async listFor(
    query: ReleaseListQuery,
    access: ReadAccess,
    credentials: BackstageCredentials,
  ): Promise<Page<Release>> {
    const page = await this.listReadable(query, access);
    const items =
      access.result === 'ALLOW'
        ? page.items
        : await this.deps.access.redactConflicts(page.items, credentials);
    return { ...page, items: items.map(release => this.present(release)) };
  }

  /** Lists the releases that read access lets through. */
  async listReadable(
    query: ReleaseListQuery,
    access: ReadAccess,
  ): Promise<Page<Release>> {
    return this.deps.store.listReleases(query, this.permittedBy(access));
  }

  /**
   * Read access as criteria a store turns into SQL; undefined when everything may be read.
   */
  permittedBy(
    access: ReadAccess,
  ): PermissionCriteria<ReleaseFilter> | undefined {
    return access.result === 'CONDITIONAL'
      ? this.deps.transformConditions(access.conditions)
      : undefined;
  }
}
