import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { createTestDatabases } from '../__testUtils__';
import { toIsoUtc } from '../database/timestamps';

jest.setTimeout(60_000);

const migrationsDir = resolvePackagePath(
  '@stagegate/plugin-releases-backend',
  'migrations',
);
const STAGE_WARNINGS = '20261127_stage_warnings.js';

const databases = createTestDatabases();

describe.each(databases.eachSupportedId())(
  'the stage warnings migration (%s)',
  databaseId => {
    it('backfills when each release entered its status from history, and steps down again', async () => {
      const knex = await databases.init(databaseId);
      // Every migration before this one.
      for (;;) {
        const [, pending] = (await knex.migrate.list({
          directory: migrationsDir,
        })) as [unknown, Array<{ file: string }>];
        if (pending[0]?.file === STAGE_WARNINGS) break;
        await knex.migrate.up({ directory: migrationsDir });
      }
      const release = (id: string, status: string) => ({
        id,
        key: `REL-2026-000${id}`,
        title: id,
        unit_type: 'delta',
        category: 'scheduled',
        status,
        created_at: new Date('2026-11-01T00:00:00Z'),
        updated_at: new Date('2026-11-01T00:00:00Z'),
        created_by: 'user:default/oscar.owner',
      });
      await knex('releases').insert([
        release('1', 'test'),
        release('2', 'planning'),
      ]);
      const entry = (revision: number, at: string, to?: string) => ({
        release_id: '1',
        revision,
        action: to ? 'transitioned' : 'updated',
        actor: 'user:default/oscar.owner',
        at: new Date(at),
        from_status: to ? 'build' : null,
        to_status: to ?? null,
        changes: '[]',
      });
      await knex('release_history').insert([
        entry(1, '2026-11-01T00:00:00Z'),
        entry(2, '2026-11-05T09:00:00Z', 'build'),
        entry(3, '2026-11-10T09:00:00Z', 'test'),
        entry(4, '2026-11-12T09:00:00Z'),
      ]);

      await knex.migrate.up({ directory: migrationsDir, name: STAGE_WARNINGS });
      const rows = await knex('releases')
        .orderBy('id')
        .select('id', 'stage_entered_at');
      expect(rows.map(row => [row.id, toIsoUtc(row.stage_entered_at)])).toEqual(
        [
          ['1', '2026-11-10T09:00:00.000Z'],
          ['2', '2026-11-01T00:00:00.000Z'],
        ],
      );
      const notice = {
        release_id: '1',
        kind: 'overdue',
        status: 'test',
        crossing_key: '2026-11-10T09:00:00.000Z',
        sent_at: new Date('2026-11-24T09:00:00Z'),
      };
      await knex('release_notices').insert(notice);
      await expect(
        knex('release_notices').insert(notice),
      ).rejects.toMatchObject({
        message: expect.stringMatching(/unique|duplicate/i),
      });

      await knex.migrate.down({
        directory: migrationsDir,
        name: STAGE_WARNINGS,
      });
      expect(await knex.schema.hasTable('release_notices')).toBe(false);
      expect(await knex.schema.hasColumn('releases', 'stage_entered_at')).toBe(
        false,
      );
      expect(await knex('releases').orderBy('id').pluck('id')).toEqual([
        '1',
        '2',
      ]);
      await knex.destroy();
    });
  },
);
