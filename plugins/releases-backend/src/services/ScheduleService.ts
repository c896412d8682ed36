import {
  Change,
  Conflict,
  ConflictCheckRequest,
  ConflictWindowSource,
  DEFAULT_SLOT_HORIZON_DAYS,
  MAX_PAGE_SIZE,
  Release,
  ScheduleCheckContext,
  ScheduleIndex,
  ScheduleInterval,
  ScheduledItem,
  SlotsQuery,
  checkScheduleConflicts,
  conflictWindowSourceOf,
  prepareConflictWindows,
  suggestSlots,
} from '@stagegate/plugin-releases-common';
import { InputError } from '@backstage/errors';
import { ChangeStore, ReleaseStore, WindowStore } from '../database';
import { CiSnapshotCache } from './CiSnapshotCache';

const DAY = 86_400_000;

const minIso = (values: string[]) =>
  new Date(Math.min(...values.map(Date.parse))).toISOString();
const maxIso = (values: string[]) =>
  new Date(Math.max(...values.map(Date.parse))).toISOString();

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
      windows: WindowStore;
      snapshots: CiSnapshotCache;
      environments: readonly string[];
      relatedDepth: number;
      now?: () => Date;
    },
  ) {}

  /** Every release and change with a slot overlapping `period`, as scheduled items. */
  async scheduledItems(period: ScheduleInterval): Promise<ScheduledItem[]> {
    const items: ScheduledItem[] = [];
    const { start: from, end: to } = period;
    let cursor: string | undefined;
    do {
      const page = await this.deps.store.listReleases({
        from,
        to,
        limit: MAX_PAGE_SIZE,
        cursor,
      });
      for (const release of page.items) items.push(...releaseItems(release));
      cursor = page.nextCursor;
    } while (cursor);
    do {
      const page = await this.deps.changes.listChanges({
        from,
        to,
        limit: MAX_PAGE_SIZE,
        cursor,
      });
      items.push(...page.items.map(changeItem));
      cursor = page.nextCursor;
    } while (cursor);
    return items;
  }

  /** The catalog and API windows, as sources for the engine. */
  async windowSources(): Promise<ConflictWindowSource[]> {
    const [snapshot, api] = await Promise.all([
      this.deps.snapshots.get(),
      this.deps.windows.listWindows(),
    ]);
    return [...snapshot.windows.map(conflictWindowSourceOf), ...api];
  }

  /**
   * What a check of slots within `period` reads: the schedule indexed, windows expanded over
   * the period, the CIs and graph of the current snapshot, and the configured settings.
   */
  async context(period: ScheduleInterval): Promise<ScheduleCheckContext> {
    const [items, sources, snapshot] = await Promise.all([
      this.scheduledItems(period),
      this.windowSources(),
      this.deps.snapshots.get(),
    ]);
    return {
      environments: this.deps.environments,
      relatedDepth: this.deps.relatedDepth,
      cis: new Map(snapshot.cis.map(ci => [ci.entityRef, ci])),
      graph: snapshot.graph,
      windows: prepareConflictWindows(sources, period),
      schedule: ScheduleIndex.fromItems(items),
    };
  }

  /** The conflicts of one scheduled item against the schedule and the windows. */
  async checkItem(candidate: ScheduledItem): Promise<Conflict[]> {
    const context = await this.context({
      start: candidate.start,
      end: candidate.end,
    });
    return checkScheduleConflicts(candidate, context);
  }

  /** The conflicts of every slot of a release, as it is stored. */
  async releaseConflicts(release: Release): Promise<Conflict[]> {
    const items = releaseItems(release);
    if (items.length === 0) return [];
    const period = {
      start: minIso(items.map(item => item.start)),
      end: maxIso(items.map(item => item.end)),
    };
    const context = await this.context(period);
    return items.flatMap(item => checkScheduleConflicts(item, context));
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
    const context = await this.context({
      start: new Date(start).toISOString(),
      end: new Date(start + DEFAULT_SLOT_HORIZON_DAYS * DAY).toISOString(),
    });
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
