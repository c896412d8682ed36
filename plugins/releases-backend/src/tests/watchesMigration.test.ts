import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { createTestDatabases } from '../__testUtils__';

jest.setTimeout(60_000);

const migrationsDir = resolvePackagePath(
  '@stagegate/plugin-releases-backend',
  'migrations',
);

const databases = createTestDatabases();

describe.each(databases.eachSupportedId())(
  'the watches migration (%s)',
  databaseId => {
    it('adds release_watches with one row per user and target, and drops only it on the way down', async () => {
      const knex = await databases.init(databaseId);
      await knex.migrate.latest({ directory: migrationsDir });
      const [, pending] = await knex.migrate.list({ directory: migrationsDir });
      expect(pending).toEqual([]);

      const watch = {
        user_ref: 'user:default/paula.platform',
        target_ref: 'system:default/payments',
        created_at: new Date('2026-11-28T10:00:00Z'),
      };
      await knex('release_watches').insert(watch);
      await knex('release_watches').insert({
        ...watch,
        target_ref: 'component:default/ledger-service',
      });
      await expect(knex('release_watches').insert(watch)).rejects.toMatchObject(
        {
          // Matched by message: better-sqlite3 errors can come from another Jest realm.
          message: expect.stringMatching(/unique|duplicate/i),
        },
      );

      await knex.migrate.down({
        directory: migrationsDir,
        name: '20261128_watches.js',
      });
      expect(await knex.schema.hasTable('release_watches')).toBe(false);
      expect(await knex.schema.hasTable('releases')).toBe(true);

      await knex.migrate.up({
        directory: migrationsDir,
        name: '20261128_watches.js',
      });
      expect(await knex('release_watches').select()).toEqual([]);
      await knex.destroy();
    });
  },
);
