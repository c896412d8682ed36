import {
  BackendFeature,
  PermissionsService,
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import {
  TestBackend,
  TestDatabases,
  mockCredentials,
  mockServices,
} from '@backstage/backend-test-utils';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import catalogModuleReleases from '@stagegate/plugin-catalog-backend-module-releases';
import knexFactory, { Knex } from 'knex';
import { resolve } from 'path';
import request from 'supertest';
import { releasesPlugin } from '../plugin';
import { startLoopbackTestBackend } from './loopbackBackend';
import { oboHttpAuthFactory } from './oboHttpAuth';

const examples = resolve(__dirname, '../../../../examples');

const EXAMPLE_FILES = [
  'systems.yaml',
  'components.yaml',
  'change-windows.yaml',
  'org.yaml',
];

/** Entities the example catalog must have processed before a test can start. */
const EXAMPLE_MARKERS = [
  'component/default/payments-api',
  'component/default/checkout-service',
  'resource/default/payments-db',
  'changewindow/default/year-end-freeze',
  'changewindow/default/payments-month-end-freeze',
  'user/default/andy.approver',
];

/**
 * Starts a backend with the real catalog (loaded with the example YAML and our catalog
 * module) and the releases plugin, listening on 127.0.0.1 only (see
 * {@link startLoopbackTestBackend}). Callers must send credentials, as in production.
 *
 * With `databases` and `databaseId`, the releases plugin runs on that engine while the
 * catalog keeps its own in-memory SQLite, since two plugins' migrations cannot share one
 * database in a test.
 */
export async function startReleasesTestBackend(options: {
  permissions?: PermissionsService;
  databases?: TestDatabases;
  databaseId?: Parameters<TestDatabases['init']>[0];
  /** The releases plugin's database, when the test writes to it too; else a fresh one. */
  releasesKnex?: Knex;
  config?: Record<string, unknown>;
  /** More features or service factories, such as a notifications service that records. */
  features?: BackendFeature[];
}): Promise<TestBackend> {
  const closeOnStop: Knex[] = [];
  const features: BackendFeature[] = [
    catalogPlugin,
    catalogModuleReleases,
    releasesPlugin,
    oboHttpAuthFactory,
    mockServices.rootConfig.factory({
      data: {
        ...options.config,
        catalog: {
          rules: [
            {
              allow: [
                'Component',
                'System',
                'API',
                'Resource',
                'Location',
                'Domain',
                'ChangeWindow',
                'Group',
                'User',
              ],
            },
          ],
          locations: EXAMPLE_FILES.map(file => ({
            type: 'file',
            target: resolve(examples, file),
          })),
        },
      },
    }),
  ];
  if (options.permissions) {
    const permissions = options.permissions;
    features.push(
      createServiceFactory({
        service: coreServices.permissions,
        deps: {},
        factory: () => permissions,
      }),
    );
  }
  if (options.releasesKnex || (options.databases && options.databaseId)) {
    const releasesKnex =
      options.releasesKnex ??
      (await options.databases!.init(options.databaseId!));
    // Outside Jest (benchmarks) there are no TestDatabases: the catalog gets an in-memory one,
    // closed when the backend stops.
    const catalogKnex = options.databases
      ? await options.databases.init('SQLITE_3')
      : knexFactory({
          client: 'better-sqlite3',
          connection: ':memory:',
          useNullAsDefault: true,
        });
    if (!options.databases) closeOnStop.push(catalogKnex);
    features.push(
      createServiceFactory({
        service: coreServices.database,
        deps: { plugin: coreServices.pluginMetadata },
        factory: ({ plugin }) =>
          mockServices.database({
            knex: plugin.getId() === 'releases' ? releasesKnex : catalogKnex,
            migrations: { skip: false },
          }),
      }),
    );
  }
  features.push(...(options.features ?? []));
  const backend = await startLoopbackTestBackend({ features });
  await waitForCatalog(backend, EXAMPLE_MARKERS);
  const stop = backend.stop.bind(backend);
  return Object.assign(backend, {
    stop: async () => {
      await stop();
      await Promise.all(closeOnStop.map(knex => knex.destroy()));
    },
  });
}

/** Waits until the catalog has processed the given entities, as kind/namespace/name. */
async function waitForCatalog(backend: TestBackend, paths: string[]) {
  const deadline = Date.now() + 90_000;
  for (const path of paths) {
    for (;;) {
      const response = await request(backend.server)
        .get(`/api/catalog/entities/by-name/${path}`)
        .set('Authorization', mockCredentials.service.header());
      if (response.status === 200) break;
      if (Date.now() > deadline) {
        throw new Error(`The catalog did not load ${path} in time`);
      }
      await new Promise(resolveLater => setTimeout(resolveLater, 250));
    }
  }
}

/**
 * The Authorization header of an example user, by name.
 */
export function asUser(name: string): string {
  return mockCredentials.user.header(`user:default/${name}`);
}
