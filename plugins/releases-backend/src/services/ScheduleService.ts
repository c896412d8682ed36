import {
  Change,
  Conflict,
  ConflictCheckRequest,
  CiWindow,
  DEFAULT_SLOT_HORIZON_DAYS,
  IGNORED_SCHEDULE_STATUSES,
  MAX_PAGE_SIZE,
  Release,
  ScheduleCheckContext,
  ScheduleIndex,
  ScheduleInterval,
  ScheduledItem,
  SlotsQuery,
  checkScheduleConflicts,
  scanScheduleConflicts,
  scheduleHorizon,
  suggestSlots,
  WindowSource,
} from '@stagegate/plugin-releases-common';
import { InputError } from '@backstage/errors';
import { LoggerService } from '@backstage/backend-plugin-api';
import {
  ChangeStore,
  CheckedConflicts,
  ReleaseStore,
  ScheduledReleaseSlot,
} from '../database';
import { CiSnapshotCache } from './CiSnapshotCache';
import { ScheduleWindows } from './ScheduleWindows';

const DAY = 86_400_000;

/** Reads every page of a paginated list. */
async function allPages<T>(
  read: (cursor?: string) => Promise<{ items: T[]; nextCursor?: string }>,
): Promise<T[]> {
  const found: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await read(cursor);
    found.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return found;
}

/** The id a dry run's candidate gets when it is not an existing release. */
const DRY_RUN_ID = 'dry-run';

/**
 * The scheduled items of a release: one per slot, sharing the release's id, carrying its
 * status so the engine ignores cancelled and closed releases.
 *
 * @internal
 */
export function releaseItems(release: Release): ScheduledItem[] {
  return release.schedule.map(slot => ({
    id: release.id,
    kind: 'release',
    title: `${release.key} ${release.title}`,
    entityRefs: release.entityRefs,
    environment: slot.environment,
    start: slot.start,
    end: slot.end,
    owner: release.owner,
    category: release.category,
    status: release.status,
  }));
}

/**
 * The scheduled item of one release slot, read lean from the store.
 *
 * @internal
 */
export function slotItem(slot: ScheduledReleaseSlot): ScheduledItem {
  return {
    id: slot.releaseId,
    kind: 'release',
    title: `${slot.key} ${slot.title}`,
    entityRefs: slot.entityRefs,
    environment: slot.environment,
    start: slot.start,
    end: slot.end,
    owner: slot.owner,
    category: slot.category,
    status: slot.status,
  };
}

/**
 * The scheduled item of a change that is not a release.
 *
 * @internal
 */
export function changeItem(change: Change): ScheduledItem {
  return {
    id: change.id,
    kind: 'change',
    title: change.title,
    entityRefs: change.entityRefs,
    environment: change.environment,
    start: change.start,
    end: change.end,
    owner: change.owner,
    category: change.category,
    status: change.status,
  };
}

/**
 * Assembles the forward schedule of changes for a period (release slots, changes, catalog
 * and API windows, the CIs and their graph) and checks slots against it with the pure
 * engine of `releases-common`. It reads with the plugin's own view: conflicts are about the
 * whole schedule, not the part one caller may see.
 *
 * @internal
 */
export class ScheduleService {
  constructor(
    private readonly deps: {
      store: ReleaseStore;
      changes: ChangeStore;
      windows: ScheduleWindows;
      snapshots: CiSnapshotCache;
      environments: readonly string[];
      relatedDepth: number;
      logger?: LoggerService;
      now?: () => Date;
    },
  ) {}

  /** Every release and change with a slot overlapping `period`, whoever may read them. */
  async forwardSchedule(
    period: ScheduleInterval,
  ): Promise<{ releases: Release[]; changes: Change[] }> {
    const { start: from, end: to } = period;
    const [releases, changes] = await Promise.all([
      allPages(cursor =>
        this.deps.store.listReleases({
          from,
          to,
          limit: MAX_PAGE_SIZE,
          cursor,
        }),
      ),
      allPages(cursor =>
        this.deps.changes.listChanges({
          from,
          to,
          limit: MAX_PAGE_SIZE,
          cursor,
        }),
      ),
    ]);
    return { releases, changes };
  }

  /** Every release and change with a slot overlapping `period`, as scheduled items. */
  async scheduledItems(period: ScheduleInterval): Promise<ScheduledItem[]> {
    const { releases, changes } = await this.forwardSchedule(period);
    return [...releases.flatMap(releaseItems), ...changes.map(changeItem)];
  }

  /**
   * Every conflict among the items of a forward schedule, found in one sweep, with windows
   * prepared over the period the items span.
   */
  async scanConflicts(items: readonly ScheduledItem[]): Promise<Conflict[]> {
    const horizon = scheduleHorizon(items);
    if (!horizon) return [];
    const [windows, snapshot] = await Promise.all([
      this.deps.windows.preparedFor(horizon),
      this.deps.snapshots.get(),
    ]);
    return scanScheduleConflicts(items, {
      environments: this.deps.environments,
      relatedDepth: this.deps.relatedDepth,
      cis: snapshot.byRef,
      graph: snapshot.graph,
      windows,
    });
  }

  /** The catalog and API windows: one list for conflicts, the gate and the calendar. */
  async windowSources(): Promise<WindowSource[]> {
    return this.deps.windows.sources();
  }

  /** The windows that apply to a release's CIs at `at`, with their current occurrence. */
  async windowsOfRelease(
    release: Pick<Release, 'id' | 'entityRefs'>,
    at: string,
  ): Promise<CiWindow[]> {
    const windows = await this.windowsOfReleases([release], at);
    return windows.get(release.id) ?? [];
  }

  /** {@link ScheduleService.windowsOfRelease} for several releases, by release id. */
  async windowsOfReleases(
    releases: readonly Pick<Release, 'id' | 'entityRefs'>[],
    at: string,
  ): Promise<Map<string, CiWindow[]>> {
    return this.deps.windows.ofReleases(releases, at);
  }

  /**
   * The release slots and changes of one environment overlapping `period`, as scheduled
   * items: all a slot in that environment can collide with (owner overlaps are between
   * production slots).
   */
  async itemsIn(
    period: ScheduleInterval,
    environment: string,
  ): Promise<ScheduledItem[]> {
    const { start: from, end: to } = period;
    const [slots, changes] = await Promise.all([
      this.deps.store.listSlotsBetween({ from, to }, [environment]),
      allPages(cursor =>
        this.deps.changes.listChanges({
          from,
          to,
          environment: [environment],
          limit: MAX_PAGE_SIZE,
          cursor,
        }),
      ),
    ]);
    return [...slots.map(slotItem), ...changes.map(changeItem)];
  }

  /**
   * What a check of slots of one environment within `period` reads: the schedule of that
   * environment indexed, the windows prepared, the CIs and graph of the current snapshot, and
   * the configured settings.
   */
  async context(
    period: ScheduleInterval,
    environment: string,
  ): Promise<ScheduleCheckContext> {
    const [items, windows, snapshot] = await Promise.all([
      this.itemsIn(period, environment),
      this.deps.windows.preparedFor(period),
      this.deps.snapshots.get(),
    ]);
    return {
      environments: this.deps.environments,
      relatedDepth: this.deps.relatedDepth,
      cis: snapshot.byRef,
      graph: snapshot.graph,
      windows,
      schedule: ScheduleIndex.fromItems(items),
    };
  }

  /** The conflicts of one scheduled item against the schedule and the windows. */
  async checkItem(candidate: ScheduledItem): Promise<Conflict[]> {
    const context = await this.context(
      { start: candidate.start, end: candidate.end },
      candidate.environment,
    );
    return checkScheduleConflicts(candidate, context);
  }

  /** The conflicts of every slot of a release, as it is stored. */
  async releaseConflicts(release: Release): Promise<Conflict[]> {
    const checks = releaseItems(release).map(item => this.checkItem(item));
    return (await Promise.all(checks)).flat();
  }

  /**
   * A release's conflicts to store with it: none once it is cancelled or closed, as those
   * take no part in conflicts.
   */
  async checkedConflictsOf(release: Release): Promise<CheckedConflicts> {
    const checkedAt = this.nowIso();
    if (IGNORED_SCHEDULE_STATUSES.includes(release.status)) {
      return { items: [], checkedAt };
    }
    return { items: await this.releaseConflicts(release), checkedAt };
  }

  /**
   * Re-checks and stores the conflicts of the other releases a release met before or after
   * it moved, so their stored conflicts stay current. It is bookkeeping after an accepted
   * save: a failure is logged, not reported to the caller whose change was saved.
   */
  async refreshOtherParties(
    releaseId: string,
    ...conflictLists: (readonly Conflict[] | undefined)[]
  ): Promise<void> {
    const others = new Set<string>();
    for (const list of conflictLists) {
      for (const conflict of list ?? []) {
        if (
          conflict.other.kind === 'release' &&
          conflict.other.id !== releaseId
        ) {
          others.add(conflict.other.id);
        }
      }
    }
    try {
      const checked = new Map<string, CheckedConflicts>();
      // One read for all of them; each is then checked against its own neighbourhood.
      const found = await this.deps.store.getReleaseResources([...others]);
      for (const resource of found) {
        if (!resource) continue;
        const { release } = resource;
        checked.set(release.id, await this.checkedConflictsOf(release));
      }
      await this.deps.store.refreshConflicts(checked);
    } catch (error) {
      this.deps.logger?.warn(
        `Could not re-check the conflicts of releases next to ${releaseId}: ${error}`,
      );
    }
  }

  /** A dry run: the conflicts a slot would have, without saving anything. */
  async checkConflicts(request: ConflictCheckRequest): Promise<Conflict[]> {
    this.checkEnvironment(request.environment, 'body');
    return this.checkItem({
      id: request.excludeReleaseId ?? DRY_RUN_ID,
      kind: 'release',
      title: 'Slot being checked',
      entityRefs: [...new Set(request.entityRefs)],
      environment: request.environment,
      start: request.start,
      end: request.end,
      owner: request.owner,
      category: request.category,
    });
  }

  /** The next conflict-free slots within {@link DEFAULT_SLOT_HORIZON_DAYS} days. */
  async suggestSlots(query: SlotsQuery): Promise<ScheduleInterval[]> {
    this.checkEnvironment(query.environment, 'query');
    const after =
      query.after ?? (this.deps.now?.() ?? new Date()).toISOString();
    const start = Date.parse(after);
    const context = await this.context(
      {
        start: new Date(start).toISOString(),
        end: new Date(start + DEFAULT_SLOT_HORIZON_DAYS * DAY).toISOString(),
      },
      query.environment,
    );
    return suggestSlots(
      {
        entityRefs: query.entityRef,
        environment: query.environment,
        duration: query.duration,
        after,
        count: query.count,
        horizonDays: DEFAULT_SLOT_HORIZON_DAYS,
        category: query.category,
        owner: query.owner,
        id: query.excludeReleaseId ?? DRY_RUN_ID,
        kind: 'release',
      },
      context,
    );
  }

  private nowIso(): string {
    return (this.deps.now?.() ?? new Date()).toISOString();
  }

  private checkEnvironment(environment: string, where: 'body' | 'query') {
    const { environments } = this.deps;
    if (!environments.includes(environment)) {
      throw new InputError(
        `Invalid ${where}: environment: '${environment}' is not a configured environment; use one of ${environments.join(
          ', ',
        )}`,
      );
    }
  }
}
