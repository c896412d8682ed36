import { Release } from '@stagegate/plugin-releases-common';
import {
  createTestDatabases,
  createTestStore,
  aRelease,
} from '../__testUtils__';
import { aChange } from '../__testUtils__/changes';
import { DatabaseChangeStore } from './DatabaseChangeStore';
import { DatabaseScheduleVersionStore } from './DatabaseScheduleVersionStore';
import { DatabaseWindowStore } from './DatabaseWindowStore';

jest.setTimeout(60_000);

const databases = createTestDatabases();

const freeze = {
  id: 'freeze-1',
  title: 'Year-end freeze',
  description: '',
  spec: {
    type: 'blackout' as const,
    enforcement: 'block' as const,
    timezone: 'UTC',
    start: '2026-12-20T00:00',
    end: '2027-01-04T00:00',
    owner: 'group:default/platform-team',
  },
  createdBy: 'user:default/paula.platform',
  createdAt: '2026-11-20T10:00:00Z',
};

const updated = (release: Release, title: string) => ({
  before: release,
  after: { ...release, title, revision: release.revision + 1 },
  entry: {
    releaseId: release.id,
    revision: release.revision + 1,
    action: 'updated' as const,
    by: 'user:default/oscar.owner',
    at: '2026-11-21T09:00:00.000Z',
    changes: [],
  },
});

describe.each(databases.eachSupportedId())(
  'DatabaseScheduleVersionStore (%s)',
  databaseId => {
    async function setUp() {
      const { knex, store } = await createTestStore(databases, databaseId);
      const version = new DatabaseScheduleVersionStore(knex);
      /** Runs a write (refused ones too) and says whether the schedule's version moved. */
      const moved = async (write: () => Promise<unknown>) => {
        const before = await version.current();
        await write().catch(() => undefined);
        return (await version.current()) !== before;
      };
      return {
        knex,
        version,
        store,
        changes: new DatabaseChangeStore(knex),
        windows: new DatabaseWindowStore(knex),
        moved,
      };
    }

    it('moves with every committed write to releases, changes and windows', async () => {
      const { store, changes, windows, moved } = await setUp();
      const fresh = aRelease();
      expect(await moved(() => store.insertRelease(fresh))).toBe(true);
      const release = (await store.getRelease(fresh.id))!;
      expect(
        await moved(() => store.saveChanges([updated(release, 'Renamed')])),
      ).toBe(true);
      expect(
        await moved(() =>
          store.refreshConflicts(
            new Map([
              [release.id, { items: [], checkedAt: '2026-11-21T10:00:00Z' }],
            ]),
          ),
        ),
      ).toBe(true);
      expect(await moved(() => changes.insertChange(aChange()))).toBe(true);
      expect(await moved(() => windows.insertWindow(freeze))).toBe(true);
      expect(
        await moved(() =>
          windows.updateWindow(
            freeze.id,
            1,
            { ...freeze, title: 'Longer freeze' },
            '2026-11-21T10:00:00Z',
          ),
        ),
      ).toBe(true);
      expect(await moved(() => windows.deleteWindow(freeze.id))).toBe(true);
    });

    it('stays put when a write is refused or changes nothing', async () => {
      const { store, windows, moved } = await setUp();
      const release = await store.insertRelease(aRelease());
      const stale = { ...release, revision: 7 };
      expect(
        await moved(() => store.saveChanges([updated(stale, 'Lost update')])),
      ).toBe(false);
      expect(
        await moved(() =>
          windows.updateWindow('missing', 1, freeze, '2026-11-21T10:00:00Z'),
        ),
      ).toBe(false);
      expect(await moved(() => windows.deleteWindow('missing'))).toBe(false);
      expect(await moved(() => store.refreshConflicts(new Map()))).toBe(false);
    });

    it('lets calls of one turn share one read, and a call sees every write committed before it', async () => {
      const { knex, version, store } = await setUp();
      let reads = 0;
      knex.on('query', (query: { sql: string }) => {
        if (/^select .*schedule_version/i.test(query.sql)) reads++;
      });
      const before = await version.current();
      const burst = await Promise.all(
        Array.from({ length: 10 }, () => version.current()),
      );
      expect(burst).toEqual(Array(10).fill(before));
      expect(reads).toBe(2);
      await store.insertRelease(aRelease());
      expect(await version.current()).not.toBe(before);
    });
  },
);
