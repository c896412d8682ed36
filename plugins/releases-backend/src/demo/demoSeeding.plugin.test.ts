import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { JsonObject } from '@backstage/types';
import { resolve } from 'path';
import request from 'supertest';
import { startLoopbackTestBackend } from '../__testUtils__/loopbackBackend';
import { releasesPlugin } from '../plugin';

jest.setTimeout(60_000);

const seedFile = resolve(__dirname, '../../../../examples/releases.yaml');

async function releasesOf(config: JsonObject) {
  const { server } = await startLoopbackTestBackend({
    features: [
      releasesPlugin,
      mockServices.rootConfig.factory({ data: config }),
    ],
  });
  const response = await request(server)
    .get('/api/releases/releases?limit=100')
    .set(
      'Authorization',
      mockCredentials.user.header('user:default/rita.release'),
    );
  expect(response.status).toBe(200);
  return response.body.items as Array<{ key: string; status: string }>;
}

describe('the demo releases at start-up', () => {
  it('are stored when releases.demo.seedFile is configured', async () => {
    const items = await releasesOf({ releases: { demo: { seedFile } } });

    expect(items.length).toBeGreaterThanOrEqual(15);
    expect(items.map(item => item.status)).toContain('deploying');
  });

  it('are never stored without that configuration', async () => {
    expect(await releasesOf({})).toEqual([]);
  });
});
