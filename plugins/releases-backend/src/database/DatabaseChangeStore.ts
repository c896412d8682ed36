import {
  Change,
  ChangeListQuery,
  Page,
} from '@stagegate/plugin-releases-common';
import { Knex } from 'knex';
import { groupBy } from 'lodash';
import { decodeCursor, encodeCursor } from '../lib/cursor';
import { ChangeStore, NewChange } from './ChangeStore';
import { toDbTimestamp, toIsoUtc } from './timestamps';
import { raiseScheduleVersion } from './DatabaseScheduleVersionStore';

type Timestamp = Date | string | number;

type DbChangeRow = {
  id: string;
  title: string;
  description: string;
  environment: string;
  start_at: Timestamp;
  end_at: Timestamp;
  status: string;
  category: string;
  owner: string | null;
  source: string;
  external_id: string | null;
  rfc_id: string | null;
  rfc_url: string | null;
  revision: number;
  created_by: string;
  created_at: Timestamp;
  updated_at: Timestamp;
};

function changeFromRow(row: DbChangeRow, entityRefs: string[]): Change {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    entityRefs,
    environment: row.environment,
    start: toIsoUtc(row.start_at),
    end: toIsoUtc(row.end_at),
    status: row.status as Change['status'],
    category: row.category as Change['category'],
    owner: row.owner ?? undefined,
    source: row.source,
    externalId: row.external_id ?? undefined,
    rfc: row.rfc_id
      ? { id: row.rfc_id, url: row.rfc_url ?? undefined }
      : undefined,
    revision: row.revision,
    createdBy: row.created_by,
    createdAt: toIsoUtc(row.created_at),
    updatedAt: toIsoUtc(row.updated_at),
  };
}

/**
 * Stores changes that are not releases with knex, on SQLite or PostgreSQL, in the database
 * the release store has migrated.
 *
 * @internal
 */
export class DatabaseChangeStore implements ChangeStore {
  constructor(private readonly db: Knex) {}

  async listChanges(query: ChangeListQuery): Promise<Page<Change>> {
    const builder = this.db<DbChangeRow>('changes');
    if (query.from) builder.where('end_at', '>', toDbTimestamp(query.from));
    if (query.to) builder.where('start_at', '<', toDbTimestamp(query.to));
    if (query.environment) builder.whereIn('environment', query.environment);
    if (query.entityRef) {
      builder.whereExists(
        this.db('change_entities')
          .whereRaw('change_entities.change_id = changes.id')
          .whereIn('change_entities.entity_ref', query.entityRef),
      );
    }
    if (query.cursor) {
      const cursor = decodeCursor(query.cursor);
      const after = toDbTimestamp(cursor.after);
      builder.where(inner =>
        inner
          .where('start_at', '>', after)
          .orWhere(tie =>
            tie.where('start_at', '=', after).andWhere('id', '>', cursor.id),
          ),
      );
    }
    const rows = await builder
      .orderBy([
        { column: 'start_at', order: 'asc' },
        { column: 'id', order: 'asc' },
      ])
      .limit(query.limit + 1);
    const page = rows.slice(0, query.limit);
    const items = await this.assemble(page);
    const last = page[page.length - 1];
    return rows.length > query.limit && last
      ? {
          items,
          nextCursor: encodeCursor({
            after: toIsoUtc(last.start_at),
            id: last.id,
          }),
        }
      : { items };
  }

  async getChange(id: string): Promise<Change | undefined> {
    const row = await this.db<DbChangeRow>('changes').where({ id }).first();
    return row ? (await this.assemble([row]))[0] : undefined;
  }

  async insertChange(change: NewChange): Promise<Change> {
    const now = toDbTimestamp(change.createdAt ?? new Date().toISOString());
    await this.db.transaction(async tx => {
      await tx('changes').insert({
        id: change.id,
        title: change.title,
        description: change.description,
        environment: change.environment,
        start_at: toDbTimestamp(change.start),
        end_at: toDbTimestamp(change.end),
        status: change.status,
        category: change.category,
        owner: change.owner ?? null,
        source: change.source,
        external_id: change.externalId ?? null,
        rfc_id: change.rfc?.id ?? null,
        rfc_url: change.rfc?.url ?? null,
        revision: 1,
        created_by: change.createdBy,
        created_at: now,
        updated_at: now,
      });
      await tx('change_entities').insert(
        change.entityRefs.map(entityRef => ({
          change_id: change.id,
          entity_ref: entityRef,
        })),
      );
      await raiseScheduleVersion(tx);
    });
    return (await this.getChange(change.id))!;
  }

  private async assemble(rows: DbChangeRow[]): Promise<Change[]> {
    if (rows.length === 0) return [];
    const entities: Array<{ change_id: string; entity_ref: string }> =
      await this.db('change_entities').whereIn(
        'change_id',
        rows.map(row => row.id),
      );
    const byChange = groupBy(entities, 'change_id');
    return rows.map(row =>
      changeFromRow(
        row,
        (byChange[row.id] ?? []).map(e => e.entity_ref).sort(),
      ),
    );
  }
}
