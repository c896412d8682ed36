import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { createBackendModule } from '@backstage/backend-plugin-api';
import { releasesChangeSourcesExtensionPoint } from '@stagegate/plugin-releases-node';
import request from 'supertest';
import { startLoopbackTestBackend } from './__testUtils__/loopbackBackend';
import { releasesPlugin } from './plugin';

jest.setTimeout(60_000);

describe('releasesPlugin', () => {
  it('serves health without credentials and releases only with them', async () => {
    // Without a header the caller is anonymous, as in a real backend.
    const { server } = await startLoopbackTestBackend({
      features: [
        releasesPlugin,
        mockServices.httpAuth.factory({
          defaultCredentials: mockCredentials.none(),
        }),
      ],
    });

    const health = await request(server).get('/api/releases/health');
    expect(health.status).toBe(200);
    expect(health.body).toEqual({ status: 'ok' });

    const anonymous = await request(server).get('/api/releases/releases');
    expect(anonymous.status).toBe(401);

    const asUser = await request(server)
      .get('/api/releases/releases')
      .set(
        'Authorization',
        mockCredentials.user.header('user:default/oscar.owner'),
      );
    expect(asUser.status).toBe(200);
    expect(asUser.body).toEqual({ items: [] });

    const asService = await request(server)
      .get('/api/releases/releases')
      .set('Authorization', mockCredentials.service.header());
    expect(asService.status).toBe(200);
    expect(asService.body).toEqual({ items: [] });
  });

  it('lets backend modules add external change sources', async () => {
    const readChanges = jest.fn(async () => []);
    const itsmModule = createBackendModule({
      pluginId: 'releases',
      moduleId: 'test-itsm',
      register(env) {
        env.registerInit({
          deps: { changeSources: releasesChangeSourcesExtensionPoint },
          async init({ changeSources }) {
            changeSources.addChangeSource({ id: 'itsm', readChanges });
          },
        });
      },
    });

    const { server } = await startLoopbackTestBackend({
      features: [releasesPlugin, itsmModule],
    });

    const health = await request(server).get('/api/releases/health');
    expect(health.status).toBe(200);
  });
});
