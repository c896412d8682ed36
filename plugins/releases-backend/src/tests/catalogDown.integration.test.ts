import { createServiceFactory } from '@backstage/backend-plugin-api';
import {
  TestBackend,
  mockCredentials,
  mockServices,
} from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import {
  CatalogService,
  catalogServiceRef,
} from '@backstage/plugin-catalog-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { Knex } from 'knex';
import request from 'supertest';
import {
  createTestDatabases,
  startLoopbackTestBackend,
} from '../__testUtils__';
import { oboHttpAuthFactory } from '../__testUtils__/oboHttpAuth';
import { releasesPlugin } from '../plugin';

jest.setTimeout(120_000);

const databases = createTestDatabases();
const rita = mockCredentials.user.header('user:default/rita.release');

const CATALOG: Entity[] = [
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'payments-api', namespace: 'default' },
    spec: {
      type: 'service',
      lifecycle: 'production',
      owner: 'group:default/payments-team',
    },
  },
];

/**
 * A catalog that can go down: while down, every call fails as an unreachable service does,
 * with no HTTP answer at all.
 */
function switchableCatalog() {
  const state = { down: false };
  const real = catalogServiceMock({ entities: CATALOG });
  const catalog = new Proxy(real, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        if (state.down) {
          return Promise.reject(
            new Error('connect ECONNREFUSED 127.0.0.1:7007'),
          );
        }
        return value.apply(target, args);
      };
    },
  }) as CatalogService;
  const factory = createServiceFactory({
    service: catalogServiceRef,
    deps: {},
    factory: () => catalog,
  });
  return { state, factory };
}

describe.each(databases.eachSupportedId())(
  'the catalog being unavailable (%s)',
  databaseId => {
    let knex: Knex;
    let backend: TestBackend | undefined;
    const catalog = switchableCatalog();
    const api = (method: 'get' | 'post', path: string) =>
      request(backend!.server)
        [method](`/api/releases${path}`)
        .set('Authorization', rita);
    const start = async () => {
      backend = await startLoopbackTestBackend({
        features: [
          releasesPlugin,
          catalog.factory,
          oboHttpAuthFactory,
          mockServices.database.factory({ knex }),
        ],
      });
    };

    beforeAll(async () => {
      knex = await databases.init(databaseId);
      await start();
    });

    afterAll(async () => {
      await backend?.stop();
    });

    it('keeps serving releases and the calendar from what it last read, and refuses catalog work with 503', async () => {
      const created = await api('post', '/releases')
        .send({
          title: 'Written while the catalog was up',
          unitType: 'delta',
          category: 'scheduled',
          entityRefs: ['component:default/payments-api'],
          // With a slot, checking its conflicts needs the CIs from the catalog.
          schedule: [
            {
              environment: 'production',
              start: '2031-03-01T10:00:00Z',
              end: '2031-03-01T12:00:00Z',
            },
          ],
        })
        .expect(201);
      await api('get', '/calendar').expect(200);

      catalog.state.down = true;

      const list = await api('get', '/releases').expect(200);
      expect(list.body.items.map((r: { id: string }) => r.id)).toContain(
        created.body.id,
      );
      await api('get', `/releases/${created.body.id}`).expect(200);
      await api('get', `/releases/${created.body.id}/history`).expect(200);
      await api('get', '/calendar').expect(200);

      const refused = await api('post', '/releases').send({
        title: 'Written while the catalog is down',
        unitType: 'delta',
        category: 'scheduled',
        entityRefs: ['component:default/payments-api'],
      });
      expect(refused.status).toBe(503);
      expect(refused.body.error.message).toMatch(/catalog is unavailable/);

      const ci = await api('get', '/cis/component/default/payments-api');
      expect(ci.status).toBe(503);
      expect(ci.body.error.message).toMatch(/catalog is unavailable/);
    });

    it('started while the catalog is down: stored releases with their stored conflicts and a notice', async () => {
      catalog.state.down = false;
      const stored = await api('get', '/releases').expect(200);
      const [release] = stored.body.items;
      await backend!.stop();
      catalog.state.down = true;
      await start();

      const one = await api('get', `/releases/${release.id}`).expect(200);
      expect(one.body).toMatchObject({
        id: release.id,
        conflictsCheckedAt: release.conflictsCheckedAt,
      });
      expect(one.body.conflictsUnchecked).toMatch(/catalog is unavailable/);
      const calendar = await api('get', '/calendar');
      expect(calendar.status).toBe(503);
      expect(calendar.body.error.message).toMatch(/catalog is unavailable/);
    });
  },
);
