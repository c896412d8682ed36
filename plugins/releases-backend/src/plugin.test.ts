import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import request from 'supertest';
import { releasesPlugin } from './plugin';

jest.setTimeout(60_000);

describe('releasesPlugin', () => {
  it('serves health without credentials and releases only with them', async () => {
    // Without a header the caller is anonymous, as in a real backend.
    const { server } = await startTestBackend({
      features: [
        releasesPlugin,
        mockServices.httpAuth.factory({
          defaultCredentials: mockCredentials.none(),
        }),
      ],
    });

    await request(server).get('/api/releases/health').expect(200, { status: 'ok' });
    await request(server).get('/api/releases/releases').expect(401);
    await request(server)
      .get('/api/releases/releases')
      .set('Authorization', mockCredentials.user.header('user:default/oscar.owner'))
      .expect(200, { items: [] });
    await request(server)
      .get('/api/releases/releases')
      .set('Authorization', mockCredentials.service.header())
      .expect(200, { items: [] });
  });
});
