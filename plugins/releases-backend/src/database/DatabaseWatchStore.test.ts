import { createTestDatabases, createTestStore } from '../__testUtils__';
import { DatabaseWatchStore } from './DatabaseWatchStore';

jest.setTimeout(60_000);

const databases = createTestDatabases();

const rita = 'user:default/rita.release';
const sam = 'user:default/sam.service';
const payments = 'system:default/payments';
const ledger = 'component:default/ledger-service';

describe.each(databases.eachSupportedId())(
  'DatabaseWatchStore (%s)',
  databaseId => {
    async function createStore() {
      const { knex } = await createTestStore(databases, databaseId);
      return new DatabaseWatchStore(knex);
    }

    it('adds a watch once, keeping its first time', async () => {
      const store = await createStore();
      const first = await store.addWatch(
        rita,
        payments,
        '2026-11-20T10:00:00Z',
      );
      const again = await store.addWatch(
        rita,
        payments,
        '2026-11-21T10:00:00Z',
      );
      expect(first).toEqual({
        targetRef: payments,
        createdAt: '2026-11-20T10:00:00.000Z',
      });
      expect(again).toEqual(first);
      expect(await store.listWatches(rita)).toEqual([first]);
    });

    it('keeps two racing requests for one watch to one row', async () => {
      const store = await createStore();
      await Promise.all(
        [1, 2, 3].map(() =>
          store.addWatch(rita, ledger, '2026-11-20T10:00:00Z'),
        ),
      );
      expect(await store.listWatches(rita)).toHaveLength(1);
    });

    it("lists only the user's own watches, oldest first", async () => {
      const store = await createStore();
      await store.addWatch(rita, ledger, '2026-11-21T10:00:00Z');
      await store.addWatch(rita, payments, '2026-11-20T10:00:00Z');
      await store.addWatch(sam, payments, '2026-11-22T10:00:00Z');
      expect((await store.listWatches(rita)).map(w => w.targetRef)).toEqual([
        payments,
        ledger,
      ]);
      expect((await store.listWatches(sam)).map(w => w.targetRef)).toEqual([
        payments,
      ]);
    });

    it('removes a watch, and says when there was none', async () => {
      const store = await createStore();
      await store.addWatch(rita, payments, '2026-11-20T10:00:00Z');
      await store.addWatch(sam, payments, '2026-11-20T10:00:00Z');
      expect(await store.removeWatch(rita, 'System:default/PAYMENTS')).toBe(
        true,
      );
      expect(await store.removeWatch(rita, payments)).toBe(false);
      expect(await store.listWatches(rita)).toEqual([]);
      expect(await store.watchersOf([payments])).toEqual([sam]);
    });

    it('finds the watchers of any of the targets, each once', async () => {
      const store = await createStore();
      await store.addWatch(rita, payments, '2026-11-20T10:00:00Z');
      await store.addWatch(rita, ledger, '2026-11-20T10:00:00Z');
      await store.addWatch(sam, ledger, '2026-11-20T10:00:00Z');
      await store.addWatch(
        sam,
        'system:default/storefront',
        '2026-11-20T10:00:00Z',
      );
      expect(await store.watchersOf([ledger, payments])).toEqual([rita, sam]);
      expect(await store.watchersOf(['component:default/other'])).toEqual([]);
      expect(await store.watchersOf(['System:default/Payments'])).toEqual([
        rita,
      ]);
      expect(await store.watchersOf([])).toEqual([]);
    });
  },
);
