import { Entity } from '@backstage/catalog-model';
import {
  TestBackend,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import { catalogModuleReleases } from './module';

jest.setTimeout(60_000);

const yearEndFreeze: Entity = {
  apiVersion: 'stagegate.dev/v1alpha1',
  kind: 'ChangeWindow',
  metadata: { name: 'year-end-freeze' },
  spec: {
    type: 'blackout',
    enforcement: 'block',
    timezone: 'America/New_York',
    start: '2026-12-15T00:00',
    end: '2027-01-05T00:00',
    owner: 'group:release-managers',
  },
};

describe('ChangeWindow in the real catalog backend', () => {
  let backend: TestBackend;

  beforeAll(async () => {
    backend = await startTestBackend({
      features: [
        catalogPlugin,
        catalogModuleReleases,
        mockServices.rootConfig.factory({
          data: {
            catalog: {
              rules: [{ allow: ['ChangeWindow', 'Group', 'Component'] }],
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
