import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { AddressInfo } from 'net';
import request from 'supertest';
import { startLoopbackTestBackend } from './loopbackBackend';

jest.setTimeout(60_000);

describe('startLoopbackTestBackend', () => {
  it('listens on 127.0.0.1 only, where Backstage would listen on every interface', async () => {
    const backend = await startLoopbackTestBackend({ features: [] });
    try {
      // Backstage's startTestBackend reports '::' (or '0.0.0.0') here.
      const address = backend.server.address() as AddressInfo;
      expect(address).toMatchObject({ address: '127.0.0.1', family: 'IPv4' });
      expect(address.port).toBeGreaterThan(0);

      const health = await request(backend.server).get(
        '/.backstage/health/v1/liveness',
      );
      expect(health.status).toBe(200);
    } finally {
      await backend.stop();
    }
  });

  it('points discovery at the loopback server', async () => {
    let baseUrl: string | undefined;
    const probe = createBackendPlugin({
      pluginId: 'probe',
      register(env) {
        env.registerInit({
          deps: { discovery: coreServices.discovery },
          async init({ discovery }) {
            baseUrl = await discovery.getBaseUrl('releases');
          },
        });
      },
    });

    const backend = await startLoopbackTestBackend({ features: [probe] });
    try {
      const { port } = backend.server.address() as AddressInfo;
      expect(baseUrl).toBe(`http://127.0.0.1:${port}/api/releases`);
    } finally {
      await backend.stop();
    }
  });
});
