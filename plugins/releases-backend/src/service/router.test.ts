import { mockErrorHandler, mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import express from 'express';
import { releaseListQuerySchema } from '@stagegate/plugin-releases-common';
import request from 'supertest';
import {
  aRelease,
  createInMemoryServices,
  createTestDatabases,
  createTestStore,
  wrapServerOnLoopback,
} from '../__testUtils__';
import { createRouter } from './router';

jest.setTimeout(60_000);

const databases = createTestDatabases();

const paymentsApi: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'payments-api', namespace: 'default' },
  spec: { type: 'service', owner: 'group:default/payments-team' },
};

async function createApp(
  databaseId: Parameters<typeof createTestStore>[1],
  result: AuthorizeResult.ALLOW | AuthorizeResult.DENY = AuthorizeResult.ALLOW,
) {
  const { store, knex } = await createTestStore(databases, databaseId);
  const audited: Array<{ eventId: string; outcome?: 'success' | 'fail' }> = [];
  const auditor = mockServices.auditor.mock({
    createEvent: async ({ eventId }) => {
      const event: (typeof audited)[number] = { eventId };
      audited.push(event);
      return {
        success: async () => {
          event.outcome = 'success';
        },
        fail: async () => {
          event.outcome = 'fail';
        },
      };
    },
  });
  const services = await createInMemoryServices({
    store,
    knex,
    permissions: mockServices.permissions({ result }),
    entities: [paymentsApi],
  });
  const router = await createRouter({
    ...services,
    httpAuth: mockServices.httpAuth(),
    auditor,
    relatedDepth: 1,
  });
  const app = await wrapServerOnLoopback(
    express().use(router).use(mockErrorHandler()),
  );
  return { app, store, audited };
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

  it('answers the KPIs as the spec describes them', async () => {
    const { app, store } = await createApp(databaseId);
    const release = await store.insertRelease(
      aRelease({
        status: 'deployed',
        schedule: [
          {
            environment: 'production',
            start: '2026-03-03T10:00:00.000Z',
            end: '2026-03-03T12:00:00.000Z',
            actualStart: '2026-03-03T10:00:00.000Z',
            actualEnd: '2026-03-03T11:00:00.000Z',
            status: 'done',
          },
        ],
        incidents: [{ id: 'INC-1', recordedAt: '2026-03-04T00:00:00.000Z' }],
      }),
    );
    await request(app).get(`/releases/${release.id}`).expect(200);
    const period = new URLSearchParams({
      from: '2026-03-01T00:00:00Z',
      to: '2026-03-15T00:00:00Z',
    });

    const json = await request(app).get(`/kpis?${period}`).expect(200);
    expect(json.body.totals).toMatchObject({
      implemented: 1,
      incidentsCaused: 1,
    });
    expect(json.body.weekly).toHaveLength(3);
    // The validating test server reads every body as JSON, so the CSV answer is checked in
    // kpis.integration.test.ts instead.

    const { app: denied } = await createApp(databaseId, AuthorizeResult.DENY);
    await request(denied).get(`/kpis?${period}`).expect(403);
  });

  describe('the lifecycle routes, as the spec describes them', () => {
    const slot = {
      environment: 'production',
      start: '2026-12-01T22:00:00Z',
      end: '2026-12-02T00:00:00Z',
    };

    it('plans, reads, edits, previews, records tests and lists history', async () => {
      const { app, audited } = await createApp(databaseId);
      const created = await request(app)
        .post('/releases')
        .send({
          title: 'Payments API 2.4',
          unitType: 'delta',
          category: 'scheduled',
          version: '2.4.0',
          entityRefs: ['component:default/payments-api'],
        })
        .expect(201);
      expect(created.body).toMatchObject({
        key: expect.stringMatching(/^REL-\d{4}-0001$/),
        status: 'planning',
        revision: 1,
        owner: 'user:default/mock',
        createdBy: 'user:default/mock',
        entityRefs: ['component:default/payments-api'],
      });
      const { id } = created.body;

      await request(app).get(`/releases/${id}`).expect(200);
      const patched = await request(app)
        .patch(`/releases/${id}`)
        .send({ revision: 1, schedule: [slot] })
        .expect(200);
      expect(patched.body.schedule).toEqual([
        {
          environment: 'production',
          start: '2026-12-01T22:00:00.000Z',
          end: '2026-12-02T00:00:00.000Z',
          status: 'planned',
        },
      ]);

      const previews = await request(app)
        .get(`/releases/${id}/transitions`)
        .expect(200);
      expect(previews.body.items).toContainEqual(
        expect.objectContaining({ to: 'build', allowed: true }),
      );

      const moved = await request(app)
        .post(`/releases/${id}/transitions`)
        .send({ to: 'build', revision: 2 })
        .expect(200);
      expect(moved.body).toMatchObject({ status: 'build', revision: 3 });

      await request(app)
        .post(`/releases/${id}/test-results`)
        .send({ results: [{ name: 'login', passed: true }] })
        .expect(200);

      const history = await request(app)
        .get(`/releases/${id}/history`)
        .expect(200);
      expect(
        history.body.items.map((entry: { action: string }) => entry.action),
      ).toEqual(['created', 'updated', 'transitioned', 'test-results']);

      expect(audited).toEqual([
        { eventId: 'release-create', outcome: 'success' },
        { eventId: 'release-update', outcome: 'success' },
        { eventId: 'release-transition', outcome: 'success' },
        { eventId: 'release-test-results', outcome: 'success' },
      ]);
    });

    it('refuses a gate with 409 naming what is missing, and audits the failure', async () => {
      const { app, audited } = await createApp(databaseId);
      const { body } = await request(app)
        .post('/releases')
        .send({
          title: 'No slot yet',
          unitType: 'delta',
          category: 'scheduled',
          entityRefs: ['component:default/payments-api'],
        })
        .expect(201);
      const refused = await request(app)
        .post(`/releases/${body.id}/transitions`)
        .send({ to: 'build' })
        .expect(409);
      expect(refused.body.error.message).toMatch(/production/);
      expect(audited[audited.length - 1]).toEqual({
        eventId: 'release-transition',
        outcome: 'fail',
      });
    });

    it('refuses a bad body with a 400 naming each field, writing nothing', async () => {
      const { app, store } = await createApp(databaseId);
      const response = await request(app)
        .post('/releases')
        .send({ title: '', unitType: 'mega', entityRefs: [] })
        .expect(400);
      for (const field of ['title', 'unitType', 'category', 'entityRefs']) {
        expect(response.body.error.message).toContain(field);
      }
      expect(
        (await store.listReleases(releaseListQuerySchema.parse({}))).items,
      ).toEqual([]);
    });

    it('refuses a CI the catalog does not know with a 400 naming it', async () => {
      const { app } = await createApp(databaseId);
      const response = await request(app)
        .post('/releases')
        .send({
          title: 'Ghost',
          unitType: 'delta',
          category: 'scheduled',
          entityRefs: ['component:default/ghost'],
        })
        .expect(400);
      expect(response.body.error.message).toContain('entityRefs.0');
      expect(response.body.error.message).toContain('component:default/ghost');
    });

    it('answers 404 for a release that does not exist', async () => {
      const { app } = await createApp(databaseId);
      const statuses = [
        (await request(app).get('/releases/nope')).status,
        (await request(app).get('/releases/nope/history')).status,
        (
          await request(app)
            .post('/releases/nope/transitions')
            .send({ to: 'build' })
        ).status,
      ];
      expect(statuses).toEqual([404, 404, 404]);
    });
  });

  describe('the schedule and pipeline routes, as the spec describes them', () => {
    it('records and lists changes that are not releases', async () => {
      const { app } = await createApp(databaseId);
      const created = await request(app)
        .post('/changes')
        .send({
          title: 'Rotate TLS certificates',
          entityRefs: ['component:default/payments-api'],
          environment: 'production',
          start: '2026-12-05T22:00:00Z',
          end: '2026-12-05T23:00:00Z',
        })
        .expect(201);
      expect(created.body).toMatchObject({
        status: 'planned',
        category: 'scheduled',
        source: 'api',
        owner: 'user:default/mock',
      });
      const listed = await request(app)
        .get('/changes')
        .query({ from: '2026-12-05T00:00:00Z', to: '2026-12-06T00:00:00Z' })
        .expect(200);
      expect(listed.body.items).toEqual([created.body]);

      const bad = await request(app)
        .post('/changes')
        .send({
          title: 'Backwards',
          entityRefs: ['component:default/payments-api'],
          environment: 'moon',
          start: '2026-12-05T22:00:00Z',
          end: '2026-12-05T21:00:00Z',
        })
        .expect(400);
      expect(bad.body.error.message).toContain('end');
    });

    it('answers the gate and records deployments, authorized or not', async () => {
      const { app, store } = await createApp(databaseId);
      const now = new Date();
      const start = new Date(now.getTime() - 3600_000).toISOString();
      const end = new Date(now.getTime() + 3600_000).toISOString();
      const release = await store.insertRelease(
        aRelease({
          status: 'approved',
          version: '2.4.0',
          schedule: [
            { environment: 'production', start, end, status: 'planned' },
          ],
        }),
      );
      const question = {
        entityRef: 'component:default/payments-api',
        environment: 'production',
      };
      const allowed = await request(app)
        .get('/gate')
        .query({ ...question, version: '2.4.0' })
        .expect(200);
      expect(allowed.body).toMatchObject({
        decision: 'allowed',
        releaseId: release.id,
      });
      const prevented = await request(app)
        .get('/gate')
        .query({ ...question, environment: 'sat' })
        .expect(200);
      expect(prevented.body.decision).toBe('prevented');
      expect(prevented.body.reasons[0]).toMatch(/No approved release/);

      const started = await request(app)
        .post('/deployments')
        .send({ ...question, version: '2.4.0', status: 'started' })
        .expect(201);
      expect(started.body.deployment).toMatchObject({
        authorized: true,
        releaseId: release.id,
      });
      expect(started.body.release.schedule[0]).toMatchObject({
        status: 'in_progress',
        actualStart: started.body.deployment.at,
      });

      const rogue = await request(app)
        .post('/deployments')
        .send({ ...question, environment: 'sit', status: 'succeeded' })
        .expect(201);
      expect(rogue.body.deployment.authorized).toBe(false);
      expect(rogue.body.release).toBeUndefined();

      const badGate = await request(app)
        .get('/gate')
        .query({ entityRef: 'payments-api', environment: 'production' })
        .expect(400);
      expect(badGate.body.error.message).toContain('entityRef');
    });
  });

  describe('the conflict routes, as the spec describes them', () => {
    const payments = 'component:default/payments-api';
    const slot = {
      entityRefs: [payments],
      environment: 'production',
      start: '2026-12-01T11:00:00Z',
      end: '2026-12-01T13:00:00Z',
    };

    async function appWithRelease() {
      const app = await createApp(databaseId);
      const release = await app.store.insertRelease(
        aRelease({
          entityRefs: [payments],
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
      return { ...app, release };
    }

    it('checks a slot against releases, without its own release, back to back is free', async () => {
      const { app, release } = await appWithRelease();
      const checked = await request(app)
        .post('/conflicts/check')
        .send(slot)
        .expect(200);
      expect(checked.body.conflicts).toEqual([
        expect.objectContaining({
          type: 'ci-overlap',
          enforcement: 'approval',
          other: {
            kind: 'release',
            id: release.id,
            title: `${release.key} ${release.title}`,
          },
          entityRefs: [payments],
          environment: 'production',
          interval: {
            start: '2026-12-01T11:00:00.000Z',
            end: '2026-12-01T12:00:00.000Z',
          },
        }),
      ]);

      const own = await request(app)
        .post('/conflicts/check')
        .send({ ...slot, excludeReleaseId: release.id })
        .expect(200);
      expect(own.body).toEqual({ conflicts: [] });

      const backToBack = await request(app)
        .post('/conflicts/check')
        .send({ ...slot, start: '2026-12-01T12:00:00Z' })
        .expect(200);
      expect(backToBack.body).toEqual({ conflicts: [] });
    });

    it('reports API blackout windows, and lets their allowed categories through', async () => {
      const { app } = await createApp(databaseId);
      await request(app)
        .post('/windows')
        .send({
          title: 'Incident freeze',
          spec: {
            type: 'blackout',
            enforcement: 'block',
            timezone: 'Europe/London',
            start: '2026-12-01T08:00',
            end: '2026-12-02T08:00',
            scope: { entities: [payments], environments: ['production'] },
            allowCategories: ['emergency'],
            owner: 'group:default/release-managers',
          },
        })
        .expect(201);
      const blocked = await request(app)
        .post('/conflicts/check')
        .send(slot)
        .expect(200);
      expect(blocked.body.conflicts).toEqual([
        expect.objectContaining({
          type: 'blackout-window',
          enforcement: 'block',
          other: expect.objectContaining({
            kind: 'window',
            title: 'Incident freeze',
          }),
          entityRefs: [payments],
        }),
      ]);
      const emergency = await request(app)
        .post('/conflicts/check')
        .send({ ...slot, category: 'emergency' })
        .expect(200);
      expect(emergency.body).toEqual({ conflicts: [] });
    });

    it('refuses approval while a block-enforced conflict is unresolved', async () => {
      const { app, store } = await createApp(databaseId);
      await request(app)
        .post('/windows')
        .send({
          title: 'Incident freeze',
          spec: {
            type: 'blackout',
            enforcement: 'block',
            timezone: 'Europe/London',
            start: '2026-12-01T08:00',
            end: '2026-12-02T08:00',
            scope: { entities: [payments], environments: ['production'] },
            owner: 'group:default/release-managers',
          },
        })
        .expect(201);
      const release = await store.insertRelease(
        aRelease({
          status: 'readiness',
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
      const refused = await request(app)
        .post(`/releases/${release.id}/transitions`)
        .send({ to: 'approved' })
        .expect(409);
      expect(refused.body.error.message).toContain('Incident freeze');

      const read = await request(app)
        .get(`/releases/${release.id}`)
        .expect(200);
      expect(read.body.conflicts).toEqual([
        expect.objectContaining({
          type: 'blackout-window',
          enforcement: 'block',
          itemId: release.id,
          other: expect.objectContaining({ title: 'Incident freeze' }),
        }),
      ]);
    });

    it('refuses a bad check with a 400 naming every bad field', async () => {
      const { app } = await createApp(databaseId);
      const bad = await request(app)
        .post('/conflicts/check')
        .send({
          entityRefs: ['payments-api'],
          environment: 'production',
          start: '2026-12-01T13:00:00Z',
          end: '2026-12-01T11:00:00Z',
          category: 'whenever',
        })
        .expect(400);
      for (const field of ['entityRefs.0', 'category']) {
        expect(bad.body.error.message).toContain(field);
      }
      const backwards = await request(app)
        .post('/conflicts/check')
        .send({ ...slot, end: slot.start, start: slot.end })
        .expect(400);
      expect(backwards.body.error.message).toContain('end: The slot must end');
      const moon = await request(app)
        .post('/conflicts/check')
        .send({ ...slot, environment: 'moon' })
        .expect(400);
      expect(moon.body.error.message).toContain('environment');
    });

    it('suggests the next conflict-free slots', async () => {
      const { app } = await appWithRelease();
      const suggested = await request(app)
        .get('/slots')
        .query({
          entityRef: payments,
          environment: 'production',
          duration: 'PT2H',
          after: '2026-12-01T09:00:00Z',
          count: 2,
        })
        .expect(200);
      expect(suggested.body).toEqual({
        items: [
          {
            start: '2026-12-01T12:00:00.000Z',
            end: '2026-12-01T14:00:00.000Z',
          },
          {
            start: '2026-12-01T14:00:00.000Z',
            end: '2026-12-01T16:00:00.000Z',
          },
        ],
      });
      const bad = await request(app)
        .get('/slots')
        .query({
          entityRef: payments,
          environment: 'production',
          duration: '2h',
        })
        .expect(400);
      expect(bad.body.error.message).toContain('duration');
    });
  });

  describe('the change window routes, as the spec describes them', () => {
    const freeze = {
      title: 'Incident freeze',
      description: 'Nothing changes until the incident is closed',
      spec: {
        type: 'blackout',
        enforcement: 'block',
        timezone: 'Europe/London',
        start: '2026-12-01T08:00',
        end: '2026-12-02T08:00',
        scope: { systems: ['payments'], environments: ['production'] },
        owner: 'group:default/release-managers',
      },
    };

    it('creates, lists, changes with revisions and deletes API windows', async () => {
      const { app, audited } = await createApp(databaseId);
      const created = await request(app)
        .post('/windows')
        .send(freeze)
        .expect(201);
      expect(created.body).toMatchObject({
        source: 'api',
        title: 'Incident freeze',
        revision: 1,
        createdBy: 'user:default/mock',
      });
      const { id } = created.body;

      const listed = await request(app).get('/windows').expect(200);
      expect(listed.body.items.map((w: { id: string }) => w.id)).toEqual([id]);

      const changed = await request(app)
        .patch(`/windows/${id}`)
        .send({ revision: 1, title: 'Incident freeze, extended' })
        .expect(200);
      expect(changed.body).toMatchObject({
        revision: 2,
        title: 'Incident freeze, extended',
        spec: freeze.spec,
      });
      const stale = await request(app)
        .patch(`/windows/${id}`)
        .send({ revision: 1, title: 'Overwrite' })
        .expect(409);
      expect(stale.body.error.message).toMatch(/revision 1/);

      await request(app).delete(`/windows/${id}`).expect(204);
      await request(app).delete(`/windows/${id}`).expect(404);
      expect(audited.map(event => event.eventId)).toEqual([
        'window-create',
        'window-update',
        'window-update',
        'window-delete',
        'window-delete',
      ]);
    });

    it('refuses a bad spec with a 400 naming every bad field, and catalog windows with 403', async () => {
      const { app } = await createApp(databaseId);
      const bad = await request(app)
        .post('/windows')
        .send({
          title: 'Broken',
          spec: {
            ...freeze.spec,
            type: 'party',
            timezone: 'Mars/Olympus',
            scope: { environments: ['moon'] },
          },
        })
        .expect(400);
      for (const field of [
        'spec.type',
        'spec.timezone',
        'spec.scope.environments',
      ]) {
        expect(bad.body.error.message).toContain(field);
      }
      const catalog = await request(app)
        .patch(
          `/windows/${encodeURIComponent(
            'changewindow:default/year-end-freeze',
          )}`,
        )
        .send({ revision: 1, title: 'x' })
        .expect(403);
      expect(catalog.body.error.message).toMatch(/catalog YAML/);
    });

    it('refuses to manage windows without releases.window.manage', async () => {
      const { app } = await createApp(databaseId, AuthorizeResult.DENY);
      const denied = await request(app)
        .post('/windows')
        .send(freeze)
        .expect(403);
      expect(denied.body.error.message).toContain('releases.window.manage');
    });
  });
});
