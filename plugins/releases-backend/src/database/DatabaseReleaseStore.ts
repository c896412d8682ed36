import {
  DatabaseService,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';
import {
  HistoryEntry,
  PENDING_STATUSES,
  Page,
  Release,
  ReleaseListQuery,
  historyEntryFor,
} from '@stagegate/plugin-releases-common';
import { Knex } from 'knex';
import { groupBy, isEqual } from 'lodash';
import { ConflictError } from '@backstage/errors';
import { decodeCursor, encodeCursor } from '../lib/cursor';
import { PermissionCriteria } from '@backstage/plugin-permission-common';
import { ReleaseFilter, ReleaseResource } from '../permissions';
import { wherePermitted } from './permissionFilter';
import {
  NewRelease,
  ReleaseChange,
  ReleaseStore,
  ScheduledReleaseSlot,
} from './ReleaseStore';
import { nextKey, isUniqueViolation } from './releaseKeys';
import {
  appendApprovals,
  appendHistory,
  CheckedConflicts,
  releaseColumns,
  stageEntryColumns,
  writeConflicts,
  writeEntities,
  writeIncidents,
  writeSlots,
} from './releaseWrites';
import {
  DbApprovalRow,
  DbHistoryRow,
  DbReleaseConflictRow,
  DbReleaseEntityRow,
  DbReleaseRow,
  DbReleaseSlotRow,
  historyFromRow,
  releaseFromRows,
  scheduledSlotFromRow,
} from './rows';
import { toDbTimestamp, toIsoUtc } from './timestamps';
import { raiseScheduleVersion } from './DatabaseScheduleVersionStore';

const migrationsDir = resolvePackagePath(
  '@stagegate/plugin-releases-backend',
  'migrations',
);

type ReleaseSummary = Pick<
  DbReleaseRow,
  'key' | 'title' | 'owner' | 'category' | 'status'
>;

type SlotTimes = Pick<
  DbReleaseSlotRow,
  'release_id' | 'environment' | 'start_at' | 'end_at'
>;

/**
 * Stores releases with knex, on SQLite or PostgreSQL.
 *
 * @internal
 */
export class DatabaseReleaseStore implements ReleaseStore {
  private constructor(private readonly db: Knex) {}

  /** Connects to the plugin's database and brings its schema up to date. */
  static async create(options: {
    database: DatabaseService;
    skipMigrations?: boolean;
  }): Promise<DatabaseReleaseStore> {
    const client = await options.database.getClient();
    if (!options.database.migrations?.skip && !options.skipMigrations) {
      await client.migrate.latest({ directory: migrationsDir });
    }
    return new DatabaseReleaseStore(client);
  }

  async listReleases(
    query: ReleaseListQuery,
    permitted?: PermissionCriteria<ReleaseFilter>,
  ): Promise<Page<Release>> {
    const builder = this.filteredReleases(query);
    if (permitted) wherePermitted(this.db, builder, permitted);
    const rows: DbReleaseRow[] = await builder
      .orderBy([
        { column: 'releases.created_at', order: 'desc' },
        { column: 'releases.id', order: 'desc' },
      ])
      .limit(query.limit + 1)
      .select('releases.*');
    const pageRows = rows.slice(0, query.limit);
    const items = await this.assemble(pageRows);
    const last = pageRows[pageRows.length - 1];
    return rows.length > query.limit && last
      ? {
          items,
          nextCursor: encodeCursor({
            after: toIsoUtc(last.created_at),
            id: last.id,
          }),
        }
      : { items };
  }

  async getRelease(id: string): Promise<Release | undefined> {
    const row = await this.db<DbReleaseRow>('releases').where({ id }).first();
    return row ? (await this.assemble([row]))[0] : undefined;
  }

  async getReleaseResources(
    ids: string[],
  ): Promise<Array<ReleaseResource | undefined>> {
    if (ids.length === 0) return [];
    const rows = await this.db<DbReleaseRow>('releases').whereIn('id', ids);
    const releases = await this.assemble(rows);
    const owners: DbReleaseEntityRow[] = await this.db('release_entities')
      .whereIn('release_id', ids)
      .whereNotNull('owner_ref');
    const ownersByRelease = groupBy(owners, 'release_id');
    return ids.map(id => {
      const release = releases.find(r => r.id === id);
      if (!release) return undefined;
      const entityOwners = (ownersByRelease[id] ?? []).map(o => o.owner_ref!);
      return { release, entityOwners: [...new Set(entityOwners)] };
    });
  }

  async listChildren(parentId: string): Promise<Release[]> {
    const rows = await this.db<DbReleaseRow>('releases')
      .where({ parent_id: parentId })
      .orderBy([
        { column: 'created_at', order: 'asc' },
        { column: 'id', order: 'asc' },
      ]);
    return this.assemble(rows);
  }

  async insertRelease(release: NewRelease): Promise<Release> {
    const now = release.createdAt ?? new Date().toISOString();
    for (let attempt = 1; ; attempt++) {
      try {
        await this.db.transaction(async tx => {
          const key = release.key ?? (await nextKey(tx, now));
          const { entityOwners, checkedConflicts, ...fields } = release;
          const stored: Release = {
            ...fields,
            key,
            revision: 1,
            createdAt: now,
            updatedAt: now,
          };
          await tx('releases').insert({
            id: release.id,
            ...releaseColumns(stored),
            stage_entered_at: toDbTimestamp(release.stageEnteredAt ?? now),
            created_at: toDbTimestamp(now),
            created_by: release.createdBy,
          });
          await writeEntities(tx, stored, entityOwners);
          await writeSlots(tx, stored);
          await writeIncidents(tx, stored);
          if (checkedConflicts) {
            await writeConflicts(tx, release.id, checkedConflicts);
          }
          await appendApprovals(tx, stored, 0);
          await appendHistory(
            tx,
            historyEntryFor(undefined, stored, {
              action: 'created',
              by: release.createdBy,
              at: now,
            }),
          );
          await raiseScheduleVersion(tx);
        });
        break;
      } catch (error) {
        // Two writers can pick the same next key; the unique index refuses one, who retries.
        if (release.key || attempt >= 5 || !isUniqueViolation(error)) {
          throw error;
        }
      }
    }
    return (await this.getRelease(release.id))!;
  }

  async saveChanges(changes: ReleaseChange[]): Promise<Release[]> {
    await this.db.transaction(async tx => {
      for (const change of changes) {
        const { before, after, entry, entityOwners } = change;
        const updated = await tx('releases')
          .where({ id: before.id, revision: before.revision })
          .update({
            ...releaseColumns(after),
            ...stageEntryColumns(before, after, entry.at),
          });
        if (updated !== 1) {
          throw new ConflictError(
            `${before.key} was changed by someone else since revision ${before.revision}; reload it and try again`,
          );
        }
        if (entityOwners || !isEqual(before.entityRefs, after.entityRefs)) {
          await writeEntities(tx, after, entityOwners);
        }
        if (!isEqual(before.schedule, after.schedule)) {
          await writeSlots(tx, after);
        }
        if (!isEqual(before.incidents, after.incidents)) {
          await writeIncidents(tx, after);
        }
        await appendApprovals(tx, after, before.approvals?.length ?? 0);
        await appendHistory(tx, entry);
        if (change.checkedConflicts) {
          await writeConflicts(tx, after.id, change.checkedConflicts);
        }
      }
      await raiseScheduleVersion(tx);
    });
    const saved = await Promise.all(
      changes.map(change => this.getRelease(change.after.id)),
    );
    return saved as Release[];
  }

  async refreshConflicts(
    conflicts: ReadonlyMap<string, CheckedConflicts>,
  ): Promise<void> {
    if (conflicts.size === 0) return;
    await this.db.transaction(async tx => {
      for (const [releaseId, checked] of conflicts) {
        await writeConflicts(tx, releaseId, checked);
      }
      await raiseScheduleVersion(tx);
    });
  }

  async listSlotsBetween(
    period: { from: string; to: string },
    environments?: readonly string[],
  ): Promise<ScheduledReleaseSlot[]> {
    // Slots first, on their time index; then the few releases they belong to.
    const query = this.db<DbReleaseSlotRow>('release_slots')
      .where('start_at', '<', toDbTimestamp(period.to))
      .andWhere('end_at', '>', toDbTimestamp(period.from))
      .select('release_id', 'environment', 'start_at', 'end_at');
    if (environments) query.whereIn('environment', environments);
    const slots: SlotTimes[] = await query;
    const ids = [...new Set(slots.map(slot => slot.release_id))];
    const [releases, refs] = await Promise.all([
      this.releaseSummaries(ids),
      this.entityRefsOf(ids),
    ]);
    return slots.flatMap(slot => {
      const release = releases.get(slot.release_id);
      return release
        ? [
            scheduledSlotFromRow(
              { ...slot, ...release },
              refs.get(slot.release_id),
            ),
          ]
        : [];
    });
  }

  /** What conflict detection needs of some releases, by id. */
  private async releaseSummaries(
    ids: string[],
  ): Promise<Map<string, ReleaseSummary>> {
    const byId = new Map<string, ReleaseSummary>();
    for (let i = 0; i < ids.length; i += 500) {
      const rows: Pick<
        DbReleaseRow,
        'id' | 'key' | 'title' | 'owner' | 'category' | 'status'
      >[] = await this.db<DbReleaseRow>('releases')
        .whereIn('id', ids.slice(i, i + 500))
        .select('id', 'key', 'title', 'owner', 'category', 'status');
      for (const { id, ...summary } of rows) byId.set(id, summary);
    }
    return byId;
  }

  /** The CIs of some releases, in order, by release id. */
  private async entityRefsOf(ids: string[]): Promise<Map<string, string[]>> {
    const unique = [...new Set(ids)];
    const byRelease = new Map<string, string[]>();
    // Batched, as SQLite limits the variables of one statement.
    for (let i = 0; i < unique.length; i += 500) {
      const rows: DbReleaseEntityRow[] = await this.db('release_entities')
        .whereIn('release_id', unique.slice(i, i + 500))
        .orderBy(['release_id', 'position']);
      for (const row of rows) {
        const refs = byRelease.get(row.release_id) ?? [];
        refs.push(row.entity_ref);
        byRelease.set(row.release_id, refs);
      }
    }
    return byRelease;
  }

  async listHistory(releaseId: string): Promise<HistoryEntry[]> {
    const rows: DbHistoryRow[] = await this.db('release_history')
      .where({ release_id: releaseId })
      .orderBy('revision', 'asc');
    return rows.map(historyFromRow);
  }

  private filteredReleases(query: ReleaseListQuery) {
    const builder = this.db('releases');
    if (query.entityRef) {
      builder.whereExists(
        this.db('release_entities')
          .whereRaw('release_entities.release_id = releases.id')
          .andWhere('release_entities.entity_ref', query.entityRef),
      );
    }
    if (query.status) {
      builder.whereIn('releases.status', query.status);
    }
    if (query.pending !== undefined) {
      if (query.pending) {
        builder.whereIn('releases.status', PENDING_STATUSES);
      } else {
        builder.whereNotIn('releases.status', PENDING_STATUSES);
      }
    }
    if (query.from || query.to) {
      builder.whereExists(this.slotsOverlapping(query.from, query.to));
    }
    if (query.cursor) {
      const cursor = decodeCursor(query.cursor);
      const after = toDbTimestamp(cursor.after);
      builder.where(inner =>
        inner
          .where('releases.created_at', '<', after)
          .orWhere(tie =>
            tie
              .where('releases.created_at', '=', after)
              .andWhere('releases.id', '<', cursor.id),
          ),
      );
    }
    return builder;
  }

  /** Slots of the outer release that overlap the half-open period [from, to). */
  private slotsOverlapping(from?: string, to?: string) {
    const slots = this.db('release_slots').whereRaw(
      'release_slots.release_id = releases.id',
    );
    if (to) slots.andWhere('release_slots.start_at', '<', toDbTimestamp(to));
    if (from) slots.andWhere('release_slots.end_at', '>', toDbTimestamp(from));
    return slots;
  }

  private async assemble(rows: DbReleaseRow[]): Promise<Release[]> {
    if (rows.length === 0) return [];
    const ids = rows.map(row => row.id);
    const [entities, slots, approvals, conflicts] = await Promise.all([
      this.db<DbReleaseEntityRow>('release_entities').whereIn(
        'release_id',
        ids,
      ),
      this.db<DbReleaseSlotRow>('release_slots')
        .whereIn('release_id', ids)
        .orderBy('start_at', 'asc'),
      this.db<DbApprovalRow>('release_approvals')
        .whereIn('release_id', ids)
        .orderBy('decided_at', 'asc'),
      this.db<DbReleaseConflictRow>('release_conflicts')
        .whereIn('release_id', ids)
        .orderBy('conflict_id', 'asc'),
    ]);
    const entitiesByRelease = groupBy(entities, 'release_id');
    const slotsByRelease = groupBy(slots, 'release_id');
    const approvalsByRelease = groupBy(approvals, 'release_id');
    const conflictsByRelease = groupBy(conflicts, 'release_id');
    return rows.map(row =>
      releaseFromRows(
        row,
        entitiesByRelease[row.id] ?? [],
        slotsByRelease[row.id] ?? [],
        approvalsByRelease[row.id] ?? [],
        conflictsByRelease[row.id] ?? [],
      ),
    );
  }
}
