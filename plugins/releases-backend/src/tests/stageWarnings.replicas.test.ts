import { Knex } from 'knex';
import { DateTime } from 'luxon';
import {
  aRelease,
  createTestDatabases,
  createTestStore,
} from '../__testUtils__';
import {
  Replica,
  onPostgres,
  prepareSchedulerTables,
  sharedConnection,
} from '../__testUtils__/replicaProcess';
import { DatabaseReleaseStore } from '../database';

// Two backends start in their own processes: most of the time is their start-up.
jest.setTimeout(90_000);

const databases = createTestDatabases();
const { postgresId, describeOnPostgres } = onPostgres(databases);

const daysAgo = (days: number) => DateTime.utc().minus({ days }).toISO()!;
const daysAhead = (days: number) => DateTime.utc().plus({ days }).toISO()!;

/**
 * Releases that are each due exactly one notice now: overdue in test (limit P14D), PIR due
 * (deployed ten days ago), or backout plan missing (production slot tomorrow).
 */
async function storeDueReleases(store: DatabaseReleaseStore, perKind: number) {
  const expected: string[] = [];
  for (let i = 0; i < perKind; i++) {
    const overdue = await store.insertRelease(
      aRelease({ status: 'test', createdAt: daysAgo(20) }),
    );
    expected.push(`release:${overdue.id} ${overdue.key}: overdue in test`);
    const deployed = await store.insertRelease(
      aRelease({
        status: 'deployed',
        createdAt: daysAgo(30),
        schedule: [
          {
            environment: 'production',
            start: daysAgo(11),
            end: daysAgo(10),
            actualEnd: daysAgo(10),
            status: 'done',
          },
        ],
      }),
    );
    expected.push(
      `release:${deployed.id} ${deployed.key}: post-implementation review due`,
    );
    const unplanned = await store.insertRelease(
      aRelease({
        status: 'approved',
        createdAt: daysAgo(3),
        schedule: [
          {
            environment: 'production',
            start: daysAhead(1),
            end: daysAhead(1.1),
            status: 'planned',
          },
        ],
      }),
    );
    expected.push(
      `release:${unplanned.id} ${unplanned.key}: backout plan missing`,
    );
  }
  return expected;
}

const keysOf = (replicas: Replica[]) =>
  replicas.flatMap(r => r.sent).map(s => `${s.topic} ${s.title}`);

describeOnPostgres(
  'stage warnings with two backend processes on one PostgreSQL database',
  () => {
    const started: Replica[] = [];
    let knex: Knex;
    let store: DatabaseReleaseStore;

    beforeEach(async () => {
      ({ knex, store } = await createTestStore(databases, postgresId!));
    });

    afterEach(async () => {
      await Promise.all(started.splice(0).map(replica => replica.stop()));
    });

    it('sends each due notice exactly once across both, from their schedulers and from runs at the same moment', async () => {
      // The scheduler's own tables, made once here: replicas starting together on an empty
      // database would race to create them, which has nothing to do with the notices.
      await prepareSchedulerTables(knex);
      const expected = await storeDueReleases(store, 4);
      const connection = sharedConnection(knex);
      const replicas = await Promise.all(
        [0, 1].map(() => Replica.start(connection)),
      );
      started.push(...replicas);

      // Backstage's scheduler runs the task every second, on one replica at a time.
      const deadline = Date.now() + 20_000;
      while (
        keysOf(replicas).length < expected.length &&
        Date.now() < deadline
      ) {
        await new Promise(done => setTimeout(done, 200));
      }
      expect([...keysOf(replicas)].sort()).toEqual([...expected].sort());

      // Then both run it at the same moment, past the scheduler's lock, over new due releases.
      for (let round = 0; round < 3; round++) {
        expected.push(...(await storeDueReleases(store, 4)));
        const ran = replicas.map(replica => replica.next('ran'));
        replicas.forEach(replica => replica.send('run'));
        await Promise.all(ran);
      }
      // A few more scheduled runs, which must not send anything again.
      await new Promise(done => setTimeout(done, 2_000));
      expect([...keysOf(replicas)].sort()).toEqual([...expected].sort());
    });
  },
);
