import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { ConflictError, InputError } from '@backstage/errors';
import {
  Release,
  ReleaseCreateRequest,
  ReleasePatchRequest,
  TestResultsRequest,
  checkEditableFields,
  describeUnknownLists,
  recordIncidents,
  historyEntryFor,
  releaseCreatePermission,
  releaseUpdatePermission,
} from '@stagegate/plugin-releases-common';
import { randomUUID } from 'crypto';
import { CatalogCiReader } from '../catalog/CatalogCiReader';
import { ReleaseStore } from '../database';
import { actorOf } from './actor';
import { ReleaseAccess } from './ReleaseAccess';
import { checkSlotEnvironments, resolveReleaseCis } from './releaseCis';
import { ReleaseNotifier } from './ReleaseNotifier';
import { ScheduleService } from './ScheduleService';

type Options = { credentials: BackstageCredentials };

/**
 * Plans and edits releases on behalf of a caller: permissions, catalog checks, the edit rules
 * of `-common`, optimistic concurrency on `revision`, and one history entry per change.
 *
 * @internal
 */
export class ReleaseCommands {
  constructor(
    private readonly deps: {
      store: ReleaseStore;
      schedule: ScheduleService;
      access: ReleaseAccess;
      reader: CatalogCiReader;
      notifier: ReleaseNotifier;
      environments: readonly string[];
      /** The names of the configured distribution lists. */
      distributionLists?: readonly string[];
      now?: () => Date;
    },
  ) {}

  /** Plans a new release in status planning. */
  async create(
    request: ReleaseCreateRequest,
    { credentials }: Options,
  ): Promise<Release> {
    await this.deps.access.require(releaseCreatePermission, credentials);
    checkSlotEnvironments(request.schedule, this.deps.environments);
    this.checkDistributionLists(request.distributionLists);
    const entityOwners = await resolveReleaseCis(
      this.deps.reader,
      request.entityRefs,
      this.deps.environments,
      credentials,
    );
    if (request.parentId) await this.checkParent(request, credentials);
    const actor = actorOf(credentials);
    const planned = {
      ...request,
      id: randomUUID(),
      key: '',
      description: request.description ?? '',
      status: 'planning' as const,
      owner: request.owner ?? actor,
      schedule: request.schedule ?? [],
      createdBy: actor,
      createdAt: this.now(),
      updatedAt: this.now(),
      revision: 1,
    };
    const checkedConflicts = await this.deps.schedule.checkedConflictsOf(
      planned,
    );
    const {
      key: _unallocated,
      updatedAt: _u,
      revision: _r,
      ...fields
    } = planned;
    const release = await this.deps.store.insertRelease({
      ...fields,
      entityOwners,
      checkedConflicts,
    });
    await this.deps.schedule.refreshOtherParties(
      release.id,
      checkedConflicts.items,
    );
    await this.deps.notifier.releaseChanged(release, 'planned', actor);
    return release;
  }

  /** Changes fields of a release, based on the revision the caller read. */
  async update(
    id: string,
    patch: ReleasePatchRequest,
    { credentials }: Options,
  ): Promise<Release> {
    const before = await this.deps.access.load(
      id,
      credentials,
      releaseUpdatePermission,
    );
    const { revision, ...fields } = patch;
    checkRevision(before, revision);
    const refused = checkEditableFields(before.status, Object.keys(fields));
    if (refused.length > 0) {
      throw new ConflictError(refused.map(f => f.message).join('; '));
    }
    checkSlotEnvironments(fields.schedule, this.deps.environments);
    this.checkDistributionLists(fields.distributionLists);
    const entityOwners = fields.entityRefs
      ? await resolveReleaseCis(
          this.deps.reader,
          fields.entityRefs,
          this.deps.environments,
          credentials,
        )
      : undefined;
    const actor = actorOf(credentials);
    const { incidents, ...edits } = fields;
    const updatedAt = this.now();
    const after: Release = {
      ...before,
      ...edits,
      ...(incidents && {
        incidents: recordIncidents(before.incidents, incidents, updatedAt),
      }),
      revision: before.revision + 1,
      updatedAt,
    };
    const entry = historyEntryFor(before, after, {
      action: 'updated',
      by: actor,
      at: after.updatedAt,
    });
    const rescheduled =
      fields.schedule !== undefined ||
      fields.entityRefs !== undefined ||
      fields.category !== undefined ||
      fields.owner !== undefined;
    const checkedConflicts = rescheduled
      ? await this.deps.schedule.checkedConflictsOf(after)
      : undefined;
    const [saved] = await this.deps.store.saveChanges([
      { before, after, entry, entityOwners, checkedConflicts },
    ]);
    if (checkedConflicts) {
      await this.deps.schedule.refreshOtherParties(
        saved.id,
        before.conflicts,
        checkedConflicts.items,
      );
    }
    return saved;
  }

  /** Records test results; the latest per test name and environment counts. */
  async recordTestResults(
    id: string,
    request: TestResultsRequest,
    { credentials }: Options,
  ): Promise<Release> {
    const before = await this.deps.access.load(
      id,
      credentials,
      releaseUpdatePermission,
    );
    if (request.revision !== undefined) checkRevision(before, request.revision);
    const actor = actorOf(credentials);
    const at = this.now();
    const recorded = request.results.map(result => ({
      ...result,
      recordedAt: at,
      recordedBy: actor,
    }));
    const after: Release = {
      ...before,
      testResults: [...(before.testResults ?? []), ...recorded],
      revision: before.revision + 1,
      updatedAt: at,
    };
    const failing = recorded.filter(r => !r.passed).map(r => r.name);
    const entry = historyEntryFor(before, after, {
      action: 'test-results',
      by: actor,
      at,
    });
    const [saved] = await this.deps.store.saveChanges([
      { before, after, entry },
    ]);
    await this.deps.notifier.releaseChanged(
      saved,
      failing.length
        ? `tests failing: ${failing.join(', ')}`
        : `${recorded.length} test result(s) recorded, all passing`,
      actor,
    );
    return saved;
  }

  private async checkParent(
    request: ReleaseCreateRequest,
    credentials: BackstageCredentials,
  ) {
    const parent = await this.deps.access
      .load(request.parentId!, credentials)
      .catch(() => undefined);
    const problem = parentProblem(parent, request);
    if (problem) throw new InputError(`Invalid body: parentId: ${problem}`);
  }

  /** Refuses lists that are not configured, naming them and the configured ones. */
  private checkDistributionLists(chosen: readonly string[] | undefined) {
    const problem = describeUnknownLists(
      chosen ?? [],
      this.deps.distributionLists ?? [],
    );
    if (problem) {
      throw new InputError(`Invalid body: distributionLists: ${problem}`);
    }
  }

  private now(): string {
    return (this.deps.now?.() ?? new Date()).toISOString();
  }
}

/**
 * Refuses a change based on a revision other than the current one.
 *
 * @internal
 */
export function checkRevision(release: Release, revision: number): void {
  if (release.revision !== revision) {
    throw new ConflictError(
      `${release.key} is at revision ${release.revision}, but the change was based on revision ${revision}; reload it and try again`,
    );
  }
}

/** Why a release cannot go into a package, or undefined when it can. */
function parentProblem(
  parent: Release | undefined,
  request: ReleaseCreateRequest,
): string | undefined {
  if (!parent) return 'no such release, or you may not read it';
  if (parent.unitType !== 'package') {
    return `${parent.key} is a ${parent.unitType} release, not a package`;
  }
  if (request.unitType !== 'delta') {
    return 'only delta releases go into a package';
  }
  if (!['planning', 'build', 'test', 'readiness'].includes(parent.status)) {
    return `${parent.key} is already ${parent.status}; add releases to a package before its approval`;
  }
  return undefined;
}
