import { mockCredentials } from '@backstage/backend-test-utils';
import { Release } from '@stagegate/plugin-releases-common';
import { Knex } from 'knex';
import {
  aRelease,
  createTestDatabases,
  createTestStore,
} from '../__testUtils__';
import { checkDatabaseInvariants } from '../__testUtils__/fuzz/dbInvariants';
import {
  Replica,
  onPostgres,
  prepareSchedulerTables,
  sharedConnection,
} from '../__testUtils__/replicaProcess';
import { DatabaseReleaseStore } from '../database';

// Two backends start in their own processes: most of the time is their start-up.
jest.setTimeout(180_000);

const databases = createTestDatabases();
const { postgresId, describeOnPostgres } = onPostgres(databases);

const AUTHORIZATION = mockCredentials.user.header('user:default/rita.release');

async function call(
  replica: Replica,
  method: 'GET' | 'POST' | 'PATCH',
  path: string,
  body?: unknown,
): Promise<{ status: number; body: any }> {
  const response = await fetch(`${replica.baseUrl}${path}`, {
    method,
    headers: {
      authorization: AUTHORIZATION,
      ...(body ? { 'content-type': 'application/json' } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  return { status: response.status, body: await response.json() };
}

/** How many of the answers had each status. */
function tally(statuses: number[]): Record<number, number> {
  const counts: Record<number, number> = {};
  for (const status of statuses) counts[status] = (counts[status] ?? 0) + 1;
  return counts;
}

describeOnPostgres(
  'two backend processes writing to one PostgreSQL database',
  () => {
    const started: Replica[] = [];
    let knex: Knex;
    let store: DatabaseReleaseStore;
    let replicas: Replica[];

    beforeAll(async () => {
      ({ knex, store } = await createTestStore(databases, postgresId!));
      await prepareSchedulerTables(knex);
      const connection = sharedConnection(knex);
      replicas = await Promise.all([0, 1].map(() => Replica.start(connection)));
      started.push(...replicas);
    });

    afterAll(async () => {
      await Promise.all(started.map(replica => replica.stop()));
    });

    /** 50 transitions at once, alternating between the replicas; the one that won. */
    async function raceOneRound(id: string, body: unknown): Promise<Release> {
      const answers = await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          call(replicas[i % 2], 'POST', `/releases/${id}/transitions`, body),
        ),
      );
      expect(tally(answers.map(a => a.status))).toEqual({ 200: 1, 409: 49 });
      return answers.find(a => a.status === 200)!.body as Release;
    }

    it('lets exactly one of 50 concurrent transitions win per revision, the rest 409, history in step', async () => {
      const release = await store.insertRelease(aRelease());
      const rounds: Array<{ to: string; reason: string }> = [
        { to: 'on_hold', reason: 'Waiting for the vendor' },
        { to: 'planning', reason: 'Vendor answered' },
        { to: 'cancelled', reason: 'Not needed after all' },
      ];
      let revision = release.revision;
      for (const round of rounds) {
        const winner = await raceOneRound(release.id, { ...round, revision });
        expect(winner).toMatchObject({
          status: round.to,
          revision: revision + 1,
        });
        revision += 1;
      }
      const history = await call(
        replicas[0],
        'GET',
        `/releases/${release.id}/history`,
      );
      expect(
        history.body.items.map((entry: { revision: number }) => entry.revision),
      ).toEqual([1, 2, 3, 4]);
      expect(
        history.body.items.map((entry: { to?: string }) => entry.to),
      ).toEqual([undefined, 'on_hold', 'planning', 'cancelled']);
      expect(await checkDatabaseInvariants(knex)).toEqual([]);
    });

    it('shows a write made through one replica in the next read on the other, kept answers notwithstanding', async () => {
      const [reader, writer] = replicas;
      const february = {
        from: '2032-02-01T00:00:00.000Z',
        to: '2032-03-01T00:00:00.000Z',
      };
      const calendar = `/calendar?${new URLSearchParams(february)}`;
      const list = `/releases?${new URLSearchParams(february)}`;
      const read = async (path: string, etag?: string) => {
        const response = await fetch(`${reader.baseUrl}${path}`, {
          headers: {
            authorization: AUTHORIZATION,
            'accept-encoding': 'gzip',
            // A revalidation, as a browser's cache makes it (fetch would add `no-cache`).
            ...(etag
              ? { 'if-none-match': etag, 'cache-control': 'max-age=0' }
              : {}),
          },
        });
        return {
          status: response.status,
          etag: response.headers.get('etag') ?? undefined,
          cacheControl: response.headers.get('cache-control'),
          body: response.status === 200 ? await response.json() : undefined,
        };
      };
      const titles = (answer: { body: any }) => [
        ...(answer.body.events ?? answer.body.items).map(
          (item: { title: string }) => item.title,
        ),
      ];

      const before = await read(calendar);
      expect(titles(before)).toEqual([]);
      expect(before.cacheControl).toBe('private, no-cache');
      // Kept: the client's copy is still current.
      expect((await read(calendar, before.etag)).status).toBe(304);
      const listed = await read(list);
      expect((await read(list, listed.etag)).status).toBe(304);

      const created = await call(writer, 'POST', '/releases', {
        title: 'Ledger 4.1',
        unitType: 'delta',
        category: 'scheduled',
        entityRefs: ['component:default/payments-api'],
        schedule: [
          {
            environment: 'production',
            start: '2032-02-10T09:00:00.000Z',
            end: '2032-02-10T11:00:00.000Z',
          },
        ],
      });
      expect(created.status).toBe(201);
      const after = await read(calendar, before.etag);
      expect(after.status).toBe(200);
      expect(titles(after)).toEqual([expect.stringContaining('Ledger 4.1')]);
      expect(titles(await read(list, listed.etag))).toEqual(['Ledger 4.1']);

      const renamed = await call(
        writer,
        'PATCH',
        `/releases/${created.body.id}`,
        { revision: 1, title: 'Ledger 4.2' },
      );
      expect(renamed.status).toBe(200);
      expect(titles(await read(calendar))).toEqual([
        expect.stringContaining('Ledger 4.2'),
      ]);
      expect(titles(await read(list))).toEqual(['Ledger 4.2']);
    });

    it('loses no acknowledged write when a backend is killed in the middle of writing', async () => {
      const victim = await Replica.start(sharedConnection(knex));
      started.push(victim);
      const acknowledged: Array<{ id: string; revision: number }> = [];
      let stop = false;
      const writer = async (n: number) => {
        for (let i = 0; !stop; i++) {
          try {
            const created = await call(victim, 'POST', '/releases', {
              title: `Written while dying ${n}.${i}`,
              unitType: 'delta',
              category: 'scheduled',
              entityRefs: ['component:default/payments-api'],
            });
            if (created.status !== 201) continue;
            acknowledged.push({ id: created.body.id, revision: 1 });
            const patched = await call(
              victim,
              'PATCH',
              `/releases/${created.body.id}`,
              { revision: 1, description: 'Second write' },
            );
            if (patched.status === 200) {
              acknowledged.push({ id: created.body.id, revision: 2 });
            }
          } catch {
            // The connection died with the process: that write was not acknowledged.
          }
        }
      };
      const writers = Array.from({ length: 8 }, (_, n) => writer(n));
      while (acknowledged.length < 40) {
        await new Promise(done => setTimeout(done, 20));
      }
      victim.kill();
      await new Promise(done => setTimeout(done, 500));
      stop = true;
      await Promise.all(writers);

      for (const { id, revision } of acknowledged) {
        const stored = await call(replicas[0], 'GET', `/releases/${id}`);
        expect({ id, status: stored.status }).toEqual({ id, status: 200 });
        expect(stored.body.revision).toBeGreaterThanOrEqual(revision);
      }
      expect(await checkDatabaseInvariants(knex)).toEqual([]);
    });
  },
);
