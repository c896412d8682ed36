import { Entity } from '@backstage/catalog-model';
import { mockCredentials } from '@backstage/backend-test-utils';
import { ChangeWindowSpec } from '@stagegate/plugin-releases-common';
import {
  aRelease,
  createInMemoryServices,
  createTestDatabases,
  createTestStore,
} from '../__testUtils__';
import { DatabaseWindowStore } from '../database';

jest.setTimeout(60_000);

const databases = createTestDatabases();
const paymentsApi: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'payments-api', namespace: 'default' },
  spec: {
    type: 'service',
    owner: 'group:default/payments',
    system: 'payments',
  },
};

const freeze: ChangeWindowSpec = {
  type: 'blackout',
  enforcement: 'block',
  timezone: 'Europe/London',
  start: '2027-02-10T00:00',
  end: '2027-02-11T00:00',
  owner: 'group:default/release-managers',
  scope: { systems: ['payments'], environments: ['production'] },
} as ChangeWindowSpec;

describe.each(databases.eachSupportedId())(
  'API change windows in stored conflicts and at the gate (%s)',
  databaseId => {
    async function setUp() {
      const { knex, store } = await createTestStore(databases, databaseId);
      const services = await createInMemoryServices({
        store,
        knex,
        entities: [paymentsApi],
        now: () => new Date('2027-02-10T10:30:00Z'),
      });
      const windows = new DatabaseWindowStore(knex);
      return { store, services, windows };
    }

    it('stores the conflict an API freeze gives a seeded release, once, and clears it when the freeze goes', async () => {
      const { store, services, windows } = await setUp();
      const seeded = await store.insertRelease(
        aRelease({
          schedule: [
            {
              environment: 'production',
              start: '2027-02-10T10:00:00Z',
              end: '2027-02-10T12:00:00Z',
              status: 'planned',
            },
          ],
        }),
      );
      expect(seeded.conflictsCheckedAt).toBeUndefined();
      await windows.insertWindow({
        id: 'freeze-1',
        title: 'Payments incident freeze',
        description: '',
        spec: freeze,
        createdBy: 'user:default/rita.release',
        createdAt: '2027-02-09T00:00:00Z',
      });

      await expect(services.conflictRefresher.refresh()).resolves.toEqual({
        checked: 1,
        changed: 1,
      });
      const frozen = (await store.getRelease(seeded.id))!;
      expect(frozen.conflicts).toEqual([
        expect.objectContaining({
          type: 'blackout-window',
          other: expect.objectContaining({ kind: 'window', id: 'freeze-1' }),
        }),
      ]);
      await expect(services.conflictRefresher.refresh()).resolves.toEqual({
        checked: 1,
        changed: 0,
      });

      await windows.deleteWindow('freeze-1');
      await services.conflictRefresher.refresh();
      expect((await store.getRelease(seeded.id))!.conflicts).toEqual([]);
    });

    it('prevents a deployment at the gate during an API freeze', async () => {
      const { store, services, windows } = await setUp();
      const approved = await store.insertRelease(
        aRelease({
          status: 'approved',
          version: '7.1.0',
          schedule: [
            {
              environment: 'production',
              start: '2027-02-10T10:00:00Z',
              end: '2027-02-10T12:00:00Z',
              status: 'planned',
            },
          ],
        }),
      );
      const question = {
        entityRef: 'component:default/payments-api',
        environment: 'production',
        at: '2027-02-10T10:30:00Z',
        version: '7.1.0',
      };
      const options = { credentials: mockCredentials.service() };
      const before = await services.gate.decide(question, options);
      expect(before).toMatchObject({
        decision: 'allowed',
        releaseId: approved.id,
      });
      await windows.insertWindow({
        id: 'freeze-2',
        title: 'Payments incident freeze',
        description: '',
        spec: freeze,
        createdBy: 'user:default/rita.release',
        createdAt: '2027-02-09T00:00:00Z',
      });
      const during = await services.gate.decide(question, options);
      expect(during.decision).toBe('prevented');
      expect(during.reasons.join(' ')).toContain('Payments incident freeze');
    });
  },
);
