import { Entity } from '@backstage/catalog-model';
import { AlphaEntity } from '@backstage/catalog-model/alpha';
import { createBackendModule } from '@backstage/backend-plugin-api';
import {
  TestBackend,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import {
  EntityProviderConnection,
  catalogProcessingExtensionPoint,
} from '@backstage/plugin-catalog-node';
import { readFileSync } from 'fs';
import { resolve } from 'path';
import { parseAllDocuments } from 'yaml';
import { catalogModuleReleases } from './module';
import { aWindow } from './__testUtils__/aWindow';

jest.setTimeout(60_000);

function loadExamples(file: string): Entity[] {
  const text = readFileSync(
    resolve(__dirname, '../../../examples', file),
    'utf8',
  );
  return parseAllDocuments(text).map(document => document.toJS() as Entity);
}

const paymentsApi: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'payments-api',
    annotations: {
      'stagegate.dev/ci-id': 'CI00042',
      'stagegate.dev/ci-class': 'service',
      'stagegate.dev/criticality': 'critical',
      'stagegate.dev/environments': 'sit,sat,production',
    },
  },
  spec: { type: 'service', lifecycle: 'production', owner: 'payments-team' },
};

function withAnnotations(
  entity: Entity,
  annotations: Record<string, string>,
): Entity {
  return {
    ...entity,
    metadata: {
      ...entity.metadata,
      annotations: { ...entity.metadata.annotations, ...annotations },
    },
  };
}

/**
 * Feeds entities to the catalog the way an entity provider does, and collects the processing
 * errors the catalog reports.
 */
const testProvider = {
  connection: undefined as EntityProviderConnection | undefined,
  errors: [] as { entityRef: string; messages: string[] }[],
};

const testProviderModule = createBackendModule({
  pluginId: 'catalog',
  moduleId: 'stagegate-test-provider',
  register(env) {
    env.registerInit({
      deps: { catalog: catalogProcessingExtensionPoint },
      async init({ catalog }) {
        catalog.addEntityProvider({
          getProviderName: () => 'stagegate-test-provider',
          connect: async connection => {
            testProvider.connection = connection;
          },
        });
        catalog.setOnProcessingErrorHandler(({ unprocessedEntity, errors }) => {
          testProvider.errors.push({
            entityRef: `${unprocessedEntity.kind}:${unprocessedEntity.metadata.name}`,
            messages: errors.map(error => error.message),
          });
        });
      },
    });
  },
});

/** Polls until the check passes or the time is up. */
async function eventually<T>(check: () => Promise<T>, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise(resolveLater => setTimeout(resolveLater, 250));
    }
  }
}

const yearEndFreeze = aWindow();

describe('Stagegate entities in the real catalog backend', () => {
  let backend: TestBackend;

  beforeAll(async () => {
    backend = await startTestBackend({
      features: [
        catalogPlugin,
        catalogModuleReleases,
        testProviderModule,
        mockServices.rootConfig.factory({
          data: {
            catalog: {
              rules: [
                {
                  allow: [
                    'ChangeWindow',
                    'Group',
                    'Component',
                    'Resource',
                    'System',
                    'API',
                  ],
                },
              ],
              locations: [],
            },
          },
        }),
      ],
    });
  });

  afterAll(async () => {
    await backend?.stop();
  });

  /** Asks the catalog to validate an entity as if it were read from a URL. */
  async function validate(entity: Entity) {
    const response = await fetch(
      `http://localhost:${backend.server.port()}/api/catalog/validate-entity`,
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          entity,
          location: 'url:https://example.com/x.yaml',
        }),
      },
    );
    const text = await response.text();
    const messages: string[] =
      response.status === 400
        ? JSON.parse(text).errors.map((e: { message: string }) => e.message)
        : [];
    return { status: response.status, messages };
  }

  it('accepts a valid window', async () => {
    await expect(validate(yearEndFreeze)).resolves.toEqual({
      status: 200,
      messages: [],
    });
  });

  it('rejects a window of an unknown type, naming spec.type and the types allowed', async () => {
    const { status, messages } = await validate({
      ...yearEndFreeze,
      spec: { ...yearEndFreeze.spec, type: 'freeze' },
    });

    expect(status).toBe(400);
    expect(messages).toEqual([
      expect.stringContaining(
        'ChangeWindow year-end-freeze is invalid: spec.type: must be one of blackout, maintenance',
      ),
    ]);
  });

  it('rejects a ChangeWindow of another API version, since no processor claims it', async () => {
    const { status, messages } = await validate({
      ...yearEndFreeze,
      apiVersion: 'stagegate.dev/v2',
    });

    expect(status).toBe(400);
    expect(messages).toEqual([
      expect.stringContaining('No processor recognized the entity'),
    ]);
  });

  /** Reads an entity from the catalog, or throws while it is not there. */
  async function getComponent(name: string): Promise<AlphaEntity> {
    const response = await fetch(
      `http://localhost:${backend.server.port()}/api/catalog/entities/by-name/component/default/${name}`,
    );
    if (response.status !== 200) {
      throw new Error(`component ${name}: HTTP ${response.status}`);
    }
    return response.json();
  }

  /** Hands the catalog entities as the test provider's complete set. */
  async function provide(...entities: Entity[]) {
    await testProvider.connection!.applyMutation({
      type: 'full',
      entities: entities.map(entity => ({
        locationKey: 'stagegate-test-provider',
        entity: withAnnotations(entity, {
          'backstage.io/managed-by-location': 'url:https://example.com/x.yaml',
          'backstage.io/managed-by-origin-location':
            'url:https://example.com/x.yaml',
        }),
      })),
    });
  }

  describe('ChangeWindow', () => {
    it.each(
      loadExamples('change-windows.yaml').map(
        entity => [entity.metadata.name, entity] as const,
      ),
    )('accepts the example window %s', async (_name, entity) => {
      await expect(validate(entity)).resolves.toEqual({
        status: 200,
        messages: [],
      });
    });

    it('rejects a window in an unknown time zone, naming spec.timezone', async () => {
      const { status, messages } = await validate({
        ...yearEndFreeze,
        spec: { ...yearEndFreeze.spec, timezone: 'Mars/Olympus' },
      });

      expect(status).toBe(400);
      expect(messages).toEqual([
        expect.stringContaining(
          'ChangeWindow year-end-freeze is invalid: spec.timezone: must be an IANA time zone such as Europe/London',
        ),
      ]);
    });

    it('rejects a window with a bad rrule, naming spec.rrule and why', async () => {
      const [, saturdays] = loadExamples('change-windows.yaml');
      const { status, messages } = await validate({
        ...saturdays,
        spec: { ...saturdays.spec, rrule: 'FREQ=SOMETIMES' },
      });

      expect(status).toBe(400);
      expect(messages).toEqual([
        expect.stringContaining(
          "ChangeWindow platform-saturday-maintenance is invalid: spec.rrule: 'FREQ=SOMETIMES' is not a valid RFC 5545 recurrence rule (FREQ must be one of YEARLY, MONTHLY, WEEKLY, DAILY, HOURLY, MINUTELY, SECONDLY)",
        ),
      ]);
    });

    it('rejects a window that is both one-off and recurring', async () => {
      const { status, messages } = await validate({
        ...yearEndFreeze,
        spec: { ...yearEndFreeze.spec, rrule: 'FREQ=DAILY', duration: 'PT1H' },
      });

      expect(status).toBe(400);
      expect(messages).toEqual([
        expect.stringContaining('is invalid: spec: gives both start, end'),
      ]);
    });

    it('rejects a scope environment that is not configured', async () => {
      const { status, messages } = await validate({
        ...yearEndFreeze,
        spec: { ...yearEndFreeze.spec, scope: { environments: ['prod'] } },
      });

      expect(status).toBe(400);
      expect(messages).toEqual([
        expect.stringContaining(
          "spec.scope.environments: 'prod' is not a configured environment (cinte, sit, sat, production)",
        ),
      ]);
    });
  });

  describe('CI annotations', () => {
    const exampleCis = [
      ...loadExamples('components.yaml'),
      ...loadExamples('systems.yaml').filter(e => e.kind === 'System'),
    ].filter(entity =>
      [
        'payments-api',
        'storefront-web',
        'api-gateway',
        'payments-db',
        'payments-rest-api',
        'payments',
      ].includes(entity.metadata.name),
    );

    it('finds the example CIs', () => {
      expect(exampleCis.map(e => `${e.kind}:${e.metadata.name}`)).toEqual([
        'Component:payments-api',
        'Component:storefront-web',
        'Component:api-gateway',
        'Resource:payments-db',
        'API:payments-rest-api',
        'System:payments',
      ]);
    });

    it.each(exampleCis.map(e => [`${e.kind}:${e.metadata.name}`, e] as const))(
      'accepts the example %s',
      async (_name, entity) => {
        await expect(validate(entity)).resolves.toEqual({
          status: 200,
          messages: [],
        });
      },
    );

    it('rejects a Component with a bad criticality, naming the entity, the annotation and the values allowed', async () => {
      const { status, messages } = await validate(
        withAnnotations(paymentsApi, { 'stagegate.dev/criticality': 'urgent' }),
      );

      expect(status).toBe(400);
      expect(messages).toEqual([
        expect.stringContaining(
          "component:default/payments-api has invalid CI annotations: metadata.annotations.stagegate.dev/criticality: 'urgent' is not one of low, medium, high, critical",
        ),
      ]);
    });

    it('rejects a Component deployed to an environment that is not configured', async () => {
      const { status, messages } = await validate(
        withAnnotations(paymentsApi, {
          'stagegate.dev/environments': 'sit,prod',
        }),
      );

      expect(status).toBe(400);
      expect(messages).toEqual([
        expect.stringContaining(
          "metadata.annotations.stagegate.dev/environments: 'prod' is not a configured environment; the configured environments are cinte, sit, sat, production",
        ),
      ]);
    });

    it('rejects a Resource with a bad CI class and ci-id in one message', async () => {
      const { status, messages } = await validate({
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Resource',
        metadata: {
          name: 'payments-db',
          annotations: {
            'stagegate.dev/ci-id': 'CI 101',
            'stagegate.dev/ci-class': 'mainframe',
          },
        },
        spec: { type: 'database', owner: 'payments-team' },
      });

      expect(status).toBe(400);
      expect(messages).toEqual([
        expect.stringMatching(
          /resource:default\/payments-db has invalid CI annotations: metadata\.annotations\.stagegate\.dev\/ci-id: 'CI 101' must not contain whitespace; metadata\.annotations\.stagegate\.dev\/ci-class: 'mainframe' is not one of /,
        ),
      ]);
    });

    it('leaves entities that are not CIs alone', async () => {
      await expect(
        validate({
          apiVersion: 'backstage.io/v1alpha1',
          kind: 'Group',
          metadata: {
            name: 'release-managers',
            annotations: { 'stagegate.dev/criticality': 'urgent' },
          },
          spec: { type: 'team', children: [] },
        }),
      ).resolves.toEqual({ status: 200, messages: [] });
    });

    it('records a processing error on a CI whose annotations turn invalid, and keeps its last valid version', async () => {
      const entity = {
        ...paymentsApi,
        metadata: { ...paymentsApi.metadata, name: 'ci-checked' },
      };
      await provide(entity);
      const valid = await eventually(() => getComponent('ci-checked'));
      expect(valid.status?.items ?? []).toEqual([]);

      await provide(
        withAnnotations(entity, { 'stagegate.dev/criticality': 'urgent' }),
      );

      const failed = await eventually(async () => {
        const current = await getComponent('ci-checked');
        if (!current.status?.items?.length) throw new Error('no error yet');
        return current;
      });
      expect(failed.metadata.annotations?.['stagegate.dev/criticality']).toBe(
        'critical',
      );
      expect(failed.status?.items).toEqual([
        expect.objectContaining({
          type: 'backstage.io/catalog-processing',
          level: 'error',
          message: expect.stringContaining(
            "component:default/ci-checked has invalid CI annotations: metadata.annotations.stagegate.dev/criticality: 'urgent' is not one of low, medium, high, critical",
          ),
        }),
      ]);
      expect(testProvider.errors).toContainEqual({
        entityRef: 'Component:ci-checked',
        messages: [
          expect.stringContaining(
            'component:default/ci-checked has invalid CI annotations',
          ),
        ],
      });
    });
  });

  it('still accepts the built-in kinds', async () => {
    await expect(
      validate({
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Group',
        metadata: { name: 'release-managers' },
        spec: { type: 'team', children: [] },
      }),
    ).resolves.toEqual({ status: 200, messages: [] });
  });
});
