import { InputError } from '@backstage/errors';
import { releaseListQuerySchema } from '@stagegate/plugin-releases-common';
import {
  aRelease,
  createTestDatabases,
  createTestStore,
} from '../__testUtils__';

jest.setTimeout(60_000);

const databases = createTestDatabases();
const query = (input: Record<string, unknown> = {}) =>
  releaseListQuerySchema.parse(input);

describe.each(databases.eachSupportedId())(
  'DatabaseReleaseStore (%s)',
  databaseId => {
    it('stores a release with its CIs in order and its slots, and reads it back', async () => {
      const { store } = await createTestStore(databases, databaseId);
      const release = aRelease({
        entityRefs: [
          'component:default/payments-api',
          'resource:default/payments-db',
          'component:default/ledger-service',
        ],
        rfc: { id: 'RFC-1001', url: 'https://itsm.example.com/RFC-1001' },
        version: '2.4.0',
        owner: 'user:default/oscar.owner',
        schedule: [
          {
            environment: 'production',
            start: '2026-12-01T22:00:00.000+01:00',
            end: '2026-12-02T00:00:00.000+01:00',
            status: 'planned',
          },
          {
            environment: 'sat',
            start: '2026-11-28T10:00:00.000Z',
            end: '2026-11-28T12:00:00.000Z',
            status: 'planned',
          },
        ],
        createdAt: '2026-11-20T08:00:00.000Z',
      });

      const stored = await store.insertRelease(release);

      expect(stored).toEqual({
        ...release,
        approvals: [],
        revision: 1,
        createdAt: '2026-11-20T08:00:00.000Z',
        updatedAt: '2026-11-20T08:00:00.000Z',
        // A new release entered its first status when it was created.
        stageEnteredAt: '2026-11-20T08:00:00.000Z',
        schedule: [
          {
            environment: 'sat',
            start: '2026-11-28T10:00:00.000Z',
            end: '2026-11-28T12:00:00.000Z',
            status: 'planned',
          },
          {
            environment: 'production',
            start: '2026-12-01T21:00:00.000Z',
            end: '2026-12-01T23:00:00.000Z',
            status: 'planned',
          },
        ],
      });
      expect(await store.getRelease(release.id)).toEqual(stored);
      expect(await store.getRelease('no-such-id')).toBeUndefined();
    });

    it('filters by any of its CIs, by status and by pending', async () => {
      const { store } = await createTestStore(databases, databaseId);
      const planned = await store.insertRelease(
        aRelease({
          entityRefs: [
            'component:default/checkout-service',
            'resource:default/storefront-db',
          ],
        }),
      );
      const closed = await store.insertRelease(
        aRelease({
          status: 'closed',
          entityRefs: ['resource:default/storefront-db'],
        }),
      );
      await store.insertRelease(
        aRelease({ entityRefs: ['component:default/api-gateway'] }),
      );

      const ids = async (input: Record<string, unknown>) =>
        (await store.listReleases(query(input))).items.map(r => r.id).sort();

      expect(
        await ids({ entityRef: 'resource:default/storefront-db' }),
      ).toEqual([planned.id, closed.id].sort());
      expect(
        await ids({
          entityRef: 'resource:default/storefront-db',
          pending: 'true',
        }),
      ).toEqual([planned.id]);
      expect(
        await ids({
          entityRef: 'resource:default/storefront-db',
          pending: 'false',
        }),
      ).toEqual([closed.id]);
      expect(await ids({ status: 'closed' })).toEqual([closed.id]);
      expect(await ids({ entityRef: 'component:default/unknown' })).toEqual([]);
    });

    it('treats slots as half-open intervals when filtering by period', async () => {
      const { store } = await createTestStore(databases, databaseId);
      const release = await store.insertRelease(
        aRelease({
          schedule: [
            {
              environment: 'production',
              start: '2026-12-01T10:00:00.000Z',
              end: '2026-12-01T12:00:00.000Z',
              status: 'planned',
            },
          ],
        }),
      );
      const found = async (from?: string, to?: string) =>
        (await store.listReleases(query({ from, to }))).items.some(
          r => r.id === release.id,
        );

      expect(await found('2026-12-01T12:00:00.000Z')).toBe(false);
      expect(await found(undefined, '2026-12-01T10:00:00.000Z')).toBe(false);
      expect(await found('2026-12-01T11:59:59.999Z')).toBe(true);
      expect(await found(undefined, '2026-12-01T10:00:00.001Z')).toBe(true);
      expect(
        await found('2026-12-01T00:00:00.000Z', '2026-12-02T00:00:00.000Z'),
      ).toBe(true);
    });

    it('pages newest first without gaps or repeats, even within one timestamp', async () => {
      const { store } = await createTestStore(databases, databaseId);
      const created = [];
      for (let i = 0; i < 5; i++) {
        created.push(
          await store.insertRelease(
            aRelease({
              createdAt:
                i < 3
                  ? '2026-11-01T00:00:00.000Z'
                  : `2026-11-0${i}T00:00:00.000Z`,
            }),
          ),
        );
      }

      const seen: string[] = [];
      let cursor: string | undefined;
      let pages = 0;
      do {
        const page = await store.listReleases(query({ limit: '2', cursor }));
        seen.push(...page.items.map(r => r.id));
        cursor = page.nextCursor;
        pages += 1;
      } while (cursor);

      expect(pages).toBe(3);
      expect(new Set(seen).size).toBe(5);
      expect(seen.slice(0, 2)).toEqual([created[4].id, created[3].id]);
      expect(seen.sort()).toEqual(created.map(r => r.id).sort());
    });

    it('refuses a cursor it did not issue', async () => {
      const { store } = await createTestStore(databases, databaseId);
      await expect(
        store.listReleases(query({ cursor: 'not-a-cursor' })),
      ).rejects.toThrow(InputError);
    });

    it('writes nothing of a release that cannot be stored whole', async () => {
      const { store, knex } = await createTestStore(databases, databaseId);
      const first = await store.insertRelease(aRelease());
      // The release row and its CIs go in first; the second slot for the same environment
      // breaks the slots' primary key, so the whole transaction must roll back.
      const slot = {
        environment: 'sit',
        start: '2026-12-01T10:00:00.000Z',
        end: '2026-12-01T12:00:00.000Z',
        status: 'planned' as const,
      };
      const clash = aRelease({ schedule: [slot, { ...slot }] });

      // Matched by message: better-sqlite3's native binding keeps the error class of the
      // first Jest module registry that loaded it, so `toThrow` cannot always tell it is one.
      await expect(store.insertRelease(clash)).rejects.toMatchObject({
        message: expect.stringMatching(/unique|duplicate/i),
      });

      const releaseIds = (await knex('releases').select('id')).map(r => r.id);
      expect(releaseIds).toEqual([first.id]);
      expect(
        await knex('release_entities').where({ release_id: clash.id }),
      ).toEqual([]);
      expect(
        await knex('release_slots').where({ release_id: clash.id }),
      ).toEqual([]);
      expect(await store.getRelease(clash.id)).toBeUndefined();
    });

    it('gives each new release the next key of its year, and writes its created entry', async () => {
      const { store } = await createTestStore(databases, databaseId);
      const first = await store.insertRelease({
        ...aRelease(),
        key: undefined,
        createdAt: '2026-03-01T00:00:00.000Z',
      });
      const second = await store.insertRelease({
        ...aRelease(),
        key: undefined,
        createdAt: '2026-03-02T00:00:00.000Z',
      });
      const nextYear = await store.insertRelease({
        ...aRelease(),
        key: undefined,
        createdAt: '2027-01-02T00:00:00.000Z',
      });
      expect([first.key, second.key, nextYear.key]).toEqual([
        'REL-2026-0001',
        'REL-2026-0002',
        'REL-2027-0001',
      ]);
      expect(await store.listHistory(first.id)).toEqual([
        expect.objectContaining({
          releaseId: first.id,
          revision: 1,
          action: 'created',
          by: 'user:default/oscar.owner',
          at: '2026-03-01T00:00:00.000Z',
        }),
      ]);
    });

    it('saves a change with its working documents, approvals and history entry', async () => {
      const { store } = await createTestStore(databases, databaseId);
      const before = await store.insertRelease(aRelease());
      const after = {
        ...before,
        status: 'build' as const,
        revision: 2,
        updatedAt: '2026-11-21T09:00:00.000Z',
        // The status changed, so the stage's clock restarts at the change.
        stageEnteredAt: '2026-11-21T09:00:00.000Z',
        contents: [
          {
            name: 'payments-api',
            version: '2.4.0',
            kind: 'artifact' as const,
            checksum: 'sha256:abc',
          },
        ],
        backoutPlan: { steps: 'Redeploy 2.3.9', tested: true },
        approvals: [
          {
            gate: 'trr' as const,
            decision: 'approve' as const,
            by: 'user:default/andy.approver',
            at: '2026-11-21T09:00:00.000Z',
            comment: 'Looks good',
          },
        ],
      };
      const [saved] = await store.saveChanges([
        {
          before,
          after,
          entry: {
            releaseId: before.id,
            revision: 2,
            action: 'transitioned',
            by: 'user:default/oscar.owner',
            at: '2026-11-21T09:00:00.000Z',
            from: 'planning',
            to: 'build',
            reason: 'Ready',
            changes: [{ field: 'status', before: 'planning', after: 'build' }],
          },
        },
      ]);
      expect(saved).toEqual(after);
      expect(await store.getRelease(before.id)).toEqual(after);
      const history = await store.listHistory(before.id);
      expect(history.map(entry => entry.action)).toEqual([
        'created',
        'transitioned',
      ]);
      expect(history[1]).toMatchObject({ from: 'planning', to: 'build' });
    });

    it('refuses a change based on a stale revision, writing nothing of the batch', async () => {
      const { store } = await createTestStore(databases, databaseId);
      const one = await store.insertRelease(aRelease());
      const two = await store.insertRelease(aRelease());
      const entryFor = (id: string) => ({
        releaseId: id,
        revision: 2,
        action: 'updated' as const,
        by: 'user:default/oscar.owner',
        at: '2026-11-21T09:00:00.000Z',
        changes: [],
      });
      await expect(
        store.saveChanges([
          {
            before: one,
            after: { ...one, title: 'changed', revision: 2 },
            entry: entryFor(one.id),
          },
          {
            before: { ...two, revision: 7 },
            after: { ...two, title: 'changed', revision: 8 },
            entry: entryFor(two.id),
          },
        ]),
      ).rejects.toThrow(/changed by someone else since revision 7/);
      expect((await store.getRelease(one.id))?.title).toBe(one.title);
      expect(await store.listHistory(one.id)).toHaveLength(1);
      expect(await store.listHistory(two.id)).toHaveLength(1);
    });
  },
);
