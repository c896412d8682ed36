import { changeListQuerySchema } from '@stagegate/plugin-releases-common';
import { createTestDatabases, createTestStore } from '../__testUtils__';
import { aChange } from '../__testUtils__/changes';
import { DatabaseChangeStore } from './DatabaseChangeStore';

jest.setTimeout(60_000);

const databases = createTestDatabases();

describe.each(databases.eachSupportedId())(
  'DatabaseChangeStore (%s)',
  databaseId => {
    async function createStore() {
      const { knex } = await createTestStore(databases, databaseId);
      return new DatabaseChangeStore(knex);
    }
    const query = (input: Record<string, unknown> = {}) =>
      changeListQuerySchema.parse(input);

    it('stores a change with its CIs and reads it back', async () => {
      const store = await createStore();
      const change = aChange({
        entityRefs: [
          'resource:default/payments-db',
          'resource:default/ledger-db',
        ],
        rfc: { id: 'RFC-9', url: 'https://itsm.example.com/RFC-9' },
        owner: 'group:default/platform-team',
      });
      const stored = await store.insertChange(change);
      expect(stored).toMatchObject({
        ...change,
        entityRefs: [
          'resource:default/ledger-db',
          'resource:default/payments-db',
        ],
        start: '2026-12-05T22:00:00.000Z',
        end: '2026-12-06T01:00:00.000Z',
        revision: 1,
      });
      expect(await store.getChange(change.id)).toEqual(stored);
    });

    it('lists changes overlapping a half-open period, by CI and environment, page by page', async () => {
      const store = await createStore();
      const early = await store.insertChange(
        aChange({ start: '2026-12-01T10:00:00Z', end: '2026-12-01T12:00:00Z' }),
      );
      const late = await store.insertChange(
        aChange({ start: '2026-12-03T10:00:00Z', end: '2026-12-03T12:00:00Z' }),
      );
      const sit = await store.insertChange(
        aChange({
          environment: 'sit',
          entityRefs: ['component:default/payments-api'],
          start: '2026-12-02T10:00:00Z',
          end: '2026-12-02T12:00:00Z',
        }),
      );
      const ids = async (input: Record<string, unknown>) =>
        (await store.listChanges(query(input))).items.map(c => c.id);

      expect(await ids({})).toEqual([early.id, sit.id, late.id]);
      expect(
        await ids({ from: '2026-12-01T12:00:00Z', to: '2026-12-03T10:00:00Z' }),
      ).toEqual([sit.id]);
      expect(await ids({ environment: 'production' })).toEqual([
        early.id,
        late.id,
      ]);
      expect(
        await ids({ entityRef: 'component:default/payments-api' }),
      ).toEqual([sit.id]);

      const first = await store.listChanges(query({ limit: 2 }));
      expect(first.items.map(c => c.id)).toEqual([early.id, sit.id]);
      const second = await store.listChanges(
        query({ limit: 2, cursor: first.nextCursor }),
      );
      expect(second.items.map(c => c.id)).toEqual([late.id]);
      expect(second.nextCursor).toBeUndefined();
    });
  },
);
