import { mockServices } from '@backstage/backend-test-utils';
import {
  RELEASE_STATUSES,
  Release,
  isOwnerOrCreator,
  releaseListQuerySchema,
} from '@stagegate/plugin-releases-common';
import { resolve } from 'path';
import {
  aRelease,
  createTestDatabases,
  createTestStore,
} from '../__testUtils__';
import { DatabaseReleaseStore } from '../database';
import { seedDemoReleases } from './seedDemoReleases';

jest.setTimeout(120_000);

const databases = createTestDatabases();
const seedFile = resolve(__dirname, '../../../../examples/releases.yaml');
const environments = ['cinte', 'sit', 'sat', 'production'];
// A Sunday morning, in the week a winter clock change is long past.
const now = new Date('2026-11-22T07:15:00Z');

async function allReleases(store: DatabaseReleaseStore): Promise<Release[]> {
  const page = await store.listReleases(
    releaseListQuerySchema.parse({ limit: '100' }),
  );
  return page.items;
}

describe.each(databases.eachSupportedId())(
  'seedDemoReleases (%s)',
  databaseId => {
    it('stores every example release, covering every status, on an empty database', async () => {
      const { store } = await createTestStore(databases, databaseId);
      const logger = mockServices.logger.mock();

      const result = await seedDemoReleases({
        store,
        logger,
        seedFile,
        environments,
        now,
      });

      const releases = await allReleases(store);
      expect(result.inserted).toBe(releases.length);
      expect(releases.length).toBeGreaterThanOrEqual(15);
      expect(new Set(releases.map(r => r.status))).toEqual(
        new Set(RELEASE_STATUSES),
      );
      expect(logger.info).toHaveBeenCalledWith(
        expect.stringMatching(/^Seeded \d+ demo releases with \d+ history/),
      );

      const packages = releases.filter(r => r.unitType === 'package');
      expect(packages).toHaveLength(1);
      const children = await store.listChildren(packages[0].id);
      expect(children.length).toBeGreaterThanOrEqual(2);
      expect(children.every(c => c.unitType === 'delta')).toBe(true);

      const emergency = releases.find(r => r.category === 'emergency');
      expect(emergency?.approvals).toContainEqual(
        expect.objectContaining({ gate: 'ecab', decision: 'approve' }),
      );
      expect(releases.find(r => r.status === 'backed_out')).toBeDefined();
      expect(releases.find(r => r.status === 'on_hold')?.heldFrom).toBe(
        'readiness',
      );
      expect(
        releases
          .filter(r => r.status === 'closed')
          .every(r => r.pirOutcome !== undefined),
      ).toBe(true);
    });

    it('writes one history entry per change, so every revision equals its history count', async () => {
      const { store } = await createTestStore(databases, databaseId);
      await seedDemoReleases({
        store,
        logger: mockServices.logger.mock(),
        seedFile,
        environments,
        now,
      });

      for (const release of await allReleases(store)) {
        const history = await store.listHistory(release.id);
        expect({ key: release.key, entries: history.length }).toEqual({
          key: release.key,
          entries: release.revision,
        });
        expect(history.map(entry => entry.revision)).toEqual(
          history.map((_, index) => index + 1),
        );
        expect(history[0].action).toBe('created');
        const steps = history.filter(entry => entry.action === 'transitioned');
        expect(steps.map(entry => entry.to).pop() ?? 'planning').toBe(
          release.status,
        );
        // History is in time order and ends at the release's last change.
        const times = history.map(entry => Date.parse(entry.at));
        expect(times).toEqual([...times].sort((a, b) => a - b));
        expect(history[history.length - 1].at).toBe(release.updatedAt);
      }
    });

    it('has no approval by the owner or the creator of a release', async () => {
      const { store } = await createTestStore(databases, databaseId);
      await seedDemoReleases({
        store,
        logger: mockServices.logger.mock(),
        seedFile,
        environments,
        now,
      });

      const approvals = (await allReleases(store)).flatMap(release =>
        (release.approvals ?? []).map(approval => ({ release, approval })),
      );
      expect(approvals.length).toBeGreaterThan(20);
      for (const { release, approval } of approvals) {
        expect({
          key: release.key,
          ownApproval: isOwnerOrCreator(release, approval.by),
        }).toEqual({ key: release.key, ownApproval: false });
      }
    });

    it('records the catalog owner of every CI, for the permission rules', async () => {
      const { store } = await createTestStore(databases, databaseId);
      await seedDemoReleases({
        store,
        logger: mockServices.logger.mock(),
        seedFile,
        environments,
        now,
      });

      const releases = await allReleases(store);
      const resources = await store.getReleaseResources(
        releases.map(r => r.id),
      );
      const byTitle = new Map(
        resources.map(resource => [
          resource!.release.title,
          resource!.entityOwners,
        ]),
      );
      expect(byTitle.get('Payments winter package 2026.12')).toEqual([
        'group:default/payments-team',
      ]);
      expect(byTitle.get('API gateway 7.0')).toEqual([
        'group:default/platform-team',
      ]);
      expect(resources.every(r => r!.entityOwners.length > 0)).toBe(true);
    });

    it('does nothing on a second start, or when releases are already stored', async () => {
      const { store } = await createTestStore(databases, databaseId);
      await seedDemoReleases({
        store,
        logger: mockServices.logger.mock(),
        seedFile,
        environments,
        now,
      });
      const before = await allReleases(store);

      const logger = mockServices.logger.mock();
      const again = await seedDemoReleases({
        store,
        logger,
        seedFile,
        environments,
        now: new Date('2026-11-29T07:15:00Z'),
      });

      expect(again).toEqual({ inserted: 0 });
      expect(await allReleases(store)).toEqual(before);
      expect(logger.info).toHaveBeenCalledWith(
        expect.stringContaining('Releases are already stored'),
      );

      const other = await createTestStore(databases, databaseId);
      await other.store.insertRelease(aRelease());
      await seedDemoReleases({
        store: other.store,
        logger: mockServices.logger.mock(),
        seedFile,
        environments,
        now,
      });
      expect(await allReleases(other.store)).toHaveLength(1);
    });
  },
);
