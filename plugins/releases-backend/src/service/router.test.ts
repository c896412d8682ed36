import { mockErrorHandler, mockServices } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import express from 'express';
import request from 'supertest';
import {
  aRelease,
  createInMemoryCiService,
  createTestDatabases,
  createTestStore,
  wrapServerOnLoopback,
} from '../__testUtils__';
import { createConditionTransformer } from '@backstage/plugin-permission-node';
import { releaseRuleset } from '../permissions';
import { ReleaseService } from '../services';
import { createRouter } from './router';

jest.setTimeout(60_000);

const databases = createTestDatabases();

async function createApp(
  databaseId: Parameters<typeof createTestStore>[1],
  result: AuthorizeResult.ALLOW | AuthorizeResult.DENY = AuthorizeResult.ALLOW,
) {
  const { store } = await createTestStore(databases, databaseId);
  const router = await createRouter({
    httpAuth: mockServices.httpAuth(),
    releaseService: new ReleaseService({
      store,
      permissions: mockServices.permissions({ result }),
      transformConditions: createConditionTransformer(releaseRuleset),
    }),
    ciService: createInMemoryCiService(),
    relatedDepth: 1,
  });
  const app = await wrapServerOnLoopback(
    express().use(router).use(mockErrorHandler()),
  );
  return { app, store };
}

describe.each(databases.eachSupportedId())('router (%s)', databaseId => {
  it('answers health', async () => {
    const { app } = await createApp(databaseId);
    const response = await request(app).get('/health');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'ok' });
  });

  it('lists releases as the spec describes them, filtered by entity', async () => {
    const { app, store } = await createApp(databaseId);
    const release = await store.insertRelease(
      aRelease({
        entityRefs: ['component:default/payments-api'],
        schedule: [
          {
            environment: 'production',
            start: '2026-12-01T10:00:00.000Z',
            end: '2026-12-01T12:00:00.000Z',
            status: 'planned',
          },
        ],
      }),
    );
    await store.insertRelease(
      aRelease({ entityRefs: ['component:default/api-gateway'] }),
    );

    const response = await request(app)
      .get('/releases')
      .query({ entityRef: 'component:default/payments-api', pending: 'true' })
      .expect(200);

    expect(response.body).toEqual({ items: [release] });
  });

  it('pages with limit and cursor', async () => {
    const { app, store } = await createApp(databaseId);
    for (let i = 0; i < 3; i++) await store.insertRelease(aRelease());

    const first = await request(app).get('/releases?limit=2').expect(200);
    expect(first.body.items).toHaveLength(2);
    const second = await request(app)
      .get('/releases')
      .query({ limit: 2, cursor: first.body.nextCursor })
      .expect(200);
    expect(second.body.items).toHaveLength(1);
    expect(second.body.nextCursor).toBeUndefined();
  });

  it.each([
    ['limit=0', 'limit'],
    ['limit=1000', 'limit'],
    ['status=shipped', 'status'],
    ['pending=maybe', 'pending'],
    ['from=yesterday', 'from'],
    ['cursor=garbage', 'cursor'],
  ])('refuses %s with a 400 that names %s', async (query, field) => {
    const { app } = await createApp(databaseId);
    const response = await request(app).get(`/releases?${query}`).expect(400);
    expect(response.body.error.name).toBe('InputError');
    expect(response.body.error.message).toContain(field);
  });

  it('refuses a reader without the read permission', async () => {
    const { app } = await createApp(databaseId, AuthorizeResult.DENY);
    const response = await request(app).get('/releases').expect(403);
    expect(response.body.error.message).toContain('releases.release.read');
  });
});
