import { TestBackend } from '@backstage/backend-test-utils';
import request from 'supertest';
import {
  asUser,
  recordedNotifications,
  startReleasesTestBackend,
} from '../__testUtils__';

jest.setTimeout(120_000);

describe('notifications on release changes', () => {
  let backend: TestBackend;
  const { sent, feature: notifications } = recordedNotifications();

  beforeAll(async () => {
    backend = await startReleasesTestBackend({ features: [notifications] });
  });

  afterAll(async () => {
    await backend?.stop();
  });

  it('tells the release owner, its creator and the owners of its CIs, but not the actor', async () => {
    const created = await request(backend.server)
      .post('/api/releases/releases')
      .set('Authorization', asUser('rita.release'))
      .send({
        title: 'Ledger 2.0',
        unitType: 'full',
        category: 'scheduled',
        owner: 'user:default/petra.payments',
        entityRefs: ['component:default/ledger-service'],
      })
      .expect(201);
    const planned = sent.pop()!;
    expect(planned.recipients).toEqual({
      type: 'entity',
      entityRef: [
        'user:default/petra.payments',
        'user:default/rita.release',
        'group:default/payments-team',
      ],
      excludeEntityRef: 'user:default/rita.release',
    });
    expect(planned.payload).toMatchObject({
      title: `${created.body.key}: planned`,
      link: `/catalog/default/component/ledger-service/releases?release=${created.body.id}`,
    });

    await request(backend.server)
      .post(`/api/releases/releases/${created.body.id}/transitions`)
      .set('Authorization', asUser('petra.payments'))
      .send({ to: 'cancelled', reason: 'Replaced by 2.1' })
      .expect(200);
    const cancelled = sent.pop()!;
    expect(cancelled.payload.title).toBe(
      `${created.body.key}: moved to cancelled`,
    );
    expect(cancelled.recipients).toMatchObject({
      excludeEntityRef: 'user:default/petra.payments',
    });
  });
});
