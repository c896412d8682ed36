import { Server } from 'http';
import request from 'supertest';
import { FuzzContext } from './fuzzRequests';

/**
 * Makes a release, an API window and a feed token for the fuzzer to poke at, so that some
 * generated requests name things that exist and reach deep code.
 */
export async function createFuzzContext(
  server: Server,
  authorization: string,
): Promise<FuzzContext> {
  const post = (path: string, body: object) =>
    request(server)
      .post(`/api/releases${path}`)
      .set('Authorization', authorization)
      .send(body)
      .expect(201);
  const release = await post('/releases', {
    title: 'The release the fuzzer pokes at',
    unitType: 'delta',
    category: 'scheduled',
    entityRefs: ['component:default/checkout-service'],
  });
  const window = await post('/windows', {
    title: 'The window the fuzzer pokes at',
    spec: {
      type: 'maintenance',
      enforcement: 'warn',
      timezone: 'UTC',
      start: '2031-01-01T00:00',
      end: '2031-01-02T00:00',
      scope: { entities: ['component:default/storefront-web'] },
      owner: 'group:default/release-managers',
    },
  });
  const token = await post('/feed-tokens', { name: 'Fuzzing' });
  return {
    releaseId: release.body.id,
    releaseRevision: release.body.revision,
    windowId: window.body.id,
    feedTokenId: token.body.id,
  };
}
