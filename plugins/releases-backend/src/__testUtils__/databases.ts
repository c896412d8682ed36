import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { Knex } from 'knex';
import { DatabaseReleaseStore } from '../database';

const POSTGRES_IDS = [
  'POSTGRES_18',
  'POSTGRES_17',
  'POSTGRES_16',
  'POSTGRES_15',
  'POSTGRES_14',
  'POSTGRES_13',
] as const;

/**
 * Every database engine the tests run on: SQLite always, PostgreSQL through the connection
 * string the test command exports. Our machines have no Docker, so no containers are tried;
 * and when the test command asks for PostgreSQL, its absence fails the suite instead of
 * letting it pass on SQLite alone.
 */
export function createTestDatabases(): TestDatabases {
  const databases = TestDatabases.create({
    ids: [...POSTGRES_IDS, 'SQLITE_3'],
    disableDocker: true,
  });
  const hasPostgres = databases
    .eachSupportedId()
    .some(([id]) => id.startsWith('POSTGRES'));
  if (process.env.STAGEGATE_REQUIRE_POSTGRES === '1' && !hasPostgres) {
    throw new Error(
      'PostgreSQL is required: set BACKSTAGE_TEST_DATABASE_POSTGRES<version>_CONNECTION_STRING (scripts/ensure-postgres.sh does)',
    );
  }
  return databases;
}

/** A store on a fresh, migrated database of the given engine. */
export async function createTestStore(
  databases: TestDatabases,
  id: Parameters<TestDatabases['init']>[0],
): Promise<{ knex: Knex; store: DatabaseReleaseStore }> {
  const knex = await databases.init(id);
  const database = mockServices.database({ knex, migrations: { skip: false } });
  return { knex, store: await DatabaseReleaseStore.create({ database }) };
}
