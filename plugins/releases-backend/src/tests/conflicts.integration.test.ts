import { TestBackend } from '@backstage/backend-test-utils';
import request from 'supertest';
import { asUser, startReleasesTestBackend } from '../__testUtils__';

jest.setTimeout(120_000);

const rita = asUser('rita.release');
const paymentsApi = 'component:default/payments-api';
const paymentsDb = 'resource:default/payments-db';

describe('conflict checks against the example catalog', () => {
  let backend: TestBackend;

  beforeAll(async () => {
    backend = await startReleasesTestBackend({});
  });

  afterAll(async () => {
    await backend?.stop();
  });

  const check = (body: object) =>
    request(backend.server)
      .post('/api/releases/conflicts/check')
      .set('Authorization', rita)
      .send(body);

  const slot = {
    entityRefs: [paymentsApi, paymentsDb],
    environment: 'production',
    start: '2026-12-20T15:00:00Z',
    end: '2026-12-20T17:00:00Z',
  };

  it('blocks a production slot of payments inside the year-end freeze, naming every CI', async () => {
    const response = await check(slot).expect(200);
    expect(response.body.conflicts).toEqual([
      expect.objectContaining({
        type: 'blackout-window',
        enforcement: 'block',
        other: {
          kind: 'window',
          id: 'changewindow:default/year-end-freeze',
          title: 'Year-end freeze',
        },
        entityRefs: [paymentsApi, paymentsDb],
        environment: 'production',
        interval: {
          start: '2026-12-20T15:00:00.000Z',
          end: '2026-12-20T17:00:00.000Z',
        },
      }),
    ]);
  });

  it('lets an emergency release through the freeze', async () => {
    const response = await check({ ...slot, category: 'emergency' }).expect(
      200,
    );
    expect(response.body).toEqual({ conflicts: [] });
  });

  it('starts the freeze at midnight in New York, half-open', async () => {
    const before = await check({
      ...slot,
      start: '2026-12-15T03:00:00Z',
      end: '2026-12-15T05:00:00Z',
    }).expect(200);
    expect(before.body).toEqual({ conflicts: [] });
    const overlapping = await check({
      ...slot,
      start: '2026-12-15T04:00:00Z',
      end: '2026-12-15T06:00:00Z',
    }).expect(200);
    expect(overlapping.body.conflicts).toEqual([
      expect.objectContaining({
        type: 'blackout-window',
        interval: {
          start: '2026-12-15T05:00:00.000Z',
          end: '2026-12-15T06:00:00.000Z',
        },
      }),
    ]);
  });

  it('suggests production slots for payments after the freeze', async () => {
    const response = await request(backend.server)
      .get('/api/releases/slots')
      .query({
        entityRef: paymentsApi,
        environment: 'production',
        duration: 'PT2H',
        after: '2026-12-20T15:00:00Z',
        count: 1,
      })
      .set('Authorization', rita)
      .expect(200);
    expect(response.body).toEqual({
      items: [
        {
          start: '2027-01-05T05:00:00.000Z',
          end: '2027-01-05T07:00:00.000Z',
        },
      ],
    });
  });
});
