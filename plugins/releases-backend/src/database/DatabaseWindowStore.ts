import { ConflictError } from '@backstage/errors';
import { ChangeWindowSpec } from '@stagegate/plugin-releases-common';
import { Knex } from 'knex';
import { toDbTimestamp, toIsoUtc } from './timestamps';
import { StoredWindow, WindowStore } from './WindowStore';
import { raiseScheduleVersion } from './DatabaseScheduleVersionStore';

type DbWindowRow = {
  id: string;
  title: string;
  description: string;
  spec: string;
  revision: number;
  created_by: string;
  created_at: Date | string | number;
  updated_at: Date | string | number;
};

function windowFromRow(row: DbWindowRow): StoredWindow {
  return {
    id: row.id,
    source: 'api',
    title: row.title,
    description: row.description,
    spec: JSON.parse(row.spec) as ChangeWindowSpec,
    revision: row.revision,
    createdBy: row.created_by,
    createdAt: toIsoUtc(row.created_at),
    updatedAt: toIsoUtc(row.updated_at),
  };
}

/**
 * Stores API change windows with knex, on SQLite or PostgreSQL.
 *
 * @internal
 */
export class DatabaseWindowStore implements WindowStore {
  constructor(private readonly db: Knex) {}

  async listWindows(): Promise<StoredWindow[]> {
    const rows: DbWindowRow[] = await this.db('windows').orderBy([
      { column: 'created_at', order: 'asc' },
      { column: 'id', order: 'asc' },
    ]);
    return rows.map(windowFromRow);
  }

  async getWindow(id: string): Promise<StoredWindow | undefined> {
    const row: DbWindowRow | undefined = await this.db('windows')
      .where({ id })
      .first();
    return row ? windowFromRow(row) : undefined;
  }

  async insertWindow(window: {
    id: string;
    title: string;
    description: string;
    spec: ChangeWindowSpec;
    createdBy: string;
    createdAt: string;
  }): Promise<StoredWindow> {
    const at = toDbTimestamp(window.createdAt);
    await this.db.transaction(async tx => {
      await tx('windows').insert({
        id: window.id,
        title: window.title,
        description: window.description,
        spec: JSON.stringify(window.spec),
        revision: 1,
        created_by: window.createdBy,
        created_at: at,
        updated_at: at,
      });
      await raiseScheduleVersion(tx);
    });
    return (await this.getWindow(window.id))!;
  }

  async updateWindow(
    id: string,
    revision: number,
    fields: { title: string; description: string; spec: ChangeWindowSpec },
    at: string,
  ): Promise<StoredWindow> {
    await this.db.transaction(async tx => {
      const updated = await tx('windows')
        .where({ id, revision })
        .update({
          title: fields.title,
          description: fields.description,
          spec: JSON.stringify(fields.spec),
          revision: revision + 1,
          updated_at: toDbTimestamp(at),
        });
      if (updated !== 1) {
        throw new ConflictError(
          `Window ${id} was changed by someone else since revision ${revision}; reload it and try again`,
        );
      }
      await raiseScheduleVersion(tx);
    });
    return (await this.getWindow(id))!;
  }

  async deleteWindow(id: string): Promise<boolean> {
    return this.db.transaction(async tx => {
      const deleted = await tx('windows').where({ id }).delete();
      if (deleted > 0) await raiseScheduleVersion(tx);
      return deleted > 0;
    });
  }
}
