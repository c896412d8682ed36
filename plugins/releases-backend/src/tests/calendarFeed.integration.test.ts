import { TestBackend, mockCredentials } from '@backstage/backend-test-utils';
import request from 'supertest';
import {
  ParsedIcsEvent,
  asUser,
  createTestDatabases,
  parseIcs,
  startReleasesTestBackend,
} from '../__testUtils__';
import { permissionsLimiting } from '../__testUtils__/limitedPermissions';

jest.setTimeout(180_000);

const databases = createTestDatabases();
const rita = asUser('rita.release');
const oscar = asUser('oscar.owner');
const sam = asUser('sam.service');
const SAM = 'user:default/sam.service';

const period = {
  from: '2026-12-01T00:00:00Z',
  to: '2027-01-10T00:00:00Z',
};

describe.each(databases.eachSupportedId())(
  'the iCalendar feed with feed tokens (%s)',
  databaseId => {
    let backend: TestBackend;
    const policy = { samReadsOnlyHisOwn: true };
    let paymentsId: string;
    let checkoutId: string;

    beforeAll(async () => {
      backend = await startReleasesTestBackend({
        databases,
        databaseId,
        // Sam reads only the releases he owns, while the policy says so.
        permissions: permissionsLimiting(SAM, {
          readsOnlyOwn: () => policy.samReadsOnlyHisOwn,
        }),
        config: { app: { baseUrl: 'https://backstage.example.com' } },
      });
      const payments = await request(backend.server)
        .post('/api/releases/releases')
        .set('Authorization', oscar)
        .send({
          title: 'Payments API 2.4',
          unitType: 'delta',
          category: 'scheduled',
          entityRefs: ['component:default/payments-api'],
          schedule: [
            {
              environment: 'sat',
              start: '2026-12-02T10:00:00Z',
              end: '2026-12-02T12:00:00Z',
            },
            {
              environment: 'production',
              start: '2026-12-20T15:00:00Z',
              end: '2026-12-20T17:00:00Z',
            },
          ],
        })
        .expect(201);
      paymentsId = payments.body.id;
      const checkout = await request(backend.server)
        .post('/api/releases/releases')
        .set('Authorization', sam)
        .send({
          title: 'Checkout 3.2',
          unitType: 'delta',
          category: 'scheduled',
          entityRefs: ['component:default/checkout-service'],
          schedule: [
            {
              environment: 'production',
              start: '2026-12-08T14:00:00Z',
              end: '2026-12-08T15:00:00Z',
            },
          ],
        })
        .expect(201);
      checkoutId = checkout.body.id;
    });

    afterAll(async () => {
      await backend?.stop();
    });

    const makeToken = async (as: string, name = 'Outlook') => {
      const response = await request(backend.server)
        .post('/api/releases/feed-tokens')
        .set('Authorization', as)
        .send({ name })
        .expect(201);
      return response.body as { id: string; token: string };
    };

    /** The feed as a calendar client fetches it: no Authorization header. */
    const feed = (query: Record<string, string>) =>
      request(backend.server)
        .get('/api/releases/calendar.ics')
        .query({ ...period, ...query });

    const byUid = (events: ParsedIcsEvent[]) =>
      new Map(events.map(event => [event.uid, event]));

    it('refuses a caller with neither a feed token nor credentials', async () => {
      const response = await feed({});
      expect(response.status).toBe(401);
      expect(response.body.error.name).toBe('AuthenticationError');
    });

    it('serves a feed to a calendar client that has only the token', async () => {
      const { token } = await makeToken(rita);
      const response = await feed({ token, tz: 'Europe/Berlin' });
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toBe(
        'text/calendar; charset=utf-8',
      );
      const parsed = parseIcs(response.text);
      expect(parsed.name).toBe('Stagegate release calendar');
      const events = byUid(parsed.events);

      const production = events.get(
        `release:${paymentsId}:production@stagegate`,
      );
      expect(production).toMatchObject({
        tzid: 'Europe/Berlin',
        localStart: '2026-12-20T16:00:00',
        start: '2026-12-20T15:00:00.000Z',
        end: '2026-12-20T17:00:00.000Z',
        url: 'https://backstage.example.com/catalog/default/component/payments-api/releases',
      });
      expect(production!.summary).toMatch(
        /^⚠ REL-\d{4}-\d{4} Payments API 2\.4 \[production\]$/,
      );
      expect(production!.description).toContain('Year-end freeze');
      expect(production!.description).toContain(
        'CIs: component:default/payments-api',
      );
      expect(production!.categories).toContain('Conflict');

      const freeze = parsed.events.find(
        event => event.summary === 'Freeze: Year-end freeze',
      );
      expect(freeze).toMatchObject({
        tzid: 'America/New_York',
        localStart: '2026-12-15T00:00:00',
        start: '2026-12-15T05:00:00.000Z',
      });
      const saturday = parsed.events.filter(event =>
        event.summary.startsWith('Maintenance window:'),
      );
      expect(saturday.length).toBeGreaterThan(0);
      expect(saturday.every(event => event.tzid === 'Europe/London')).toBe(
        true,
      );
      expect(parsed.timezones).toEqual(
        expect.arrayContaining([
          'Europe/Berlin',
          'America/New_York',
          'Europe/London',
        ]),
      );
      expect(events.has(`release:${paymentsId}:sat@stagegate`)).toBe(true);
      expect(events.has(`release:${checkoutId}:production@stagegate`)).toBe(
        true,
      );

      const again = parseIcs((await feed({ token, tz: 'Europe/Berlin' })).text);
      expect(again.events.map(event => event.uid).sort()).toEqual(
        parsed.events.map(event => event.uid).sort(),
      );
    });

    it('applies the filters, such as the environment', async () => {
      const { token } = await makeToken(rita);
      const parsed = parseIcs(
        (await feed({ token, environment: 'production' }).expect(200)).text,
      );
      const uids = parsed.events.map(event => event.uid);
      expect(uids).toContain(`release:${paymentsId}:production@stagegate`);
      expect(uids).not.toContain(`release:${paymentsId}:sat@stagegate`);
      expect(parsed.events.some(event => event.summary.includes('[sat]'))).toBe(
        false,
      );
    });

    it('writes release times in UTC without tz', async () => {
      const { token } = await makeToken(rita);
      const parsed = parseIcs((await feed({ token }).expect(200)).text);
      expect(
        byUid(parsed.events).get(`release:${paymentsId}:production@stagegate`),
      ).toMatchObject({ tzid: undefined, localStart: '2026-12-20T15:00:00Z' });
    });

    it('refuses a bad tz with a 400 that names it', async () => {
      const { token } = await makeToken(rita);
      const response = await feed({ token, tz: 'Mars/Olympus_Mons' });
      expect(response.status).toBe(400);
      expect(response.body.error.message).toMatch(/tz/);
    });

    it("shows what the token's owner could read when it was made, until revoked", async () => {
      policy.samReadsOnlyHisOwn = true;
      const { token } = await makeToken(sam, 'Sam’s phone');
      policy.samReadsOnlyHisOwn = false;
      try {
        const uids = parseIcs(
          (await feed({ token }).expect(200)).text,
        ).events.map(event => event.uid);
        expect(uids).toContain(`release:${checkoutId}:production@stagegate`);
        expect(uids).not.toContain(
          `release:${paymentsId}:production@stagegate`,
        );
        expect(uids.some(uid => uid.startsWith('window:'))).toBe(true);

        const withCredentials = await request(backend.server)
          .get('/api/releases/calendar.ics')
          .query(period)
          .set('Authorization', sam)
          .expect(200);
        expect(
          parseIcs(withCredentials.text).events.map(event => event.uid),
        ).toContain(`release:${paymentsId}:production@stagegate`);
      } finally {
        policy.samReadsOnlyHisOwn = true;
      }
    });

    it('serves a service with its own credentials', async () => {
      const response = await request(backend.server)
        .get('/api/releases/calendar.ics')
        .query(period)
        .set('Authorization', mockCredentials.service.header());
      expect(response.status).toBe(200);
      expect(parseIcs(response.text).events.length).toBeGreaterThan(0);
    });

    it('lets only the owner list and revoke a token; a revoked token gets 401', async () => {
      const { id, token } = await makeToken(rita, 'To revoke');
      const listed = await request(backend.server)
        .get('/api/releases/feed-tokens')
        .set('Authorization', rita)
        .expect(200);
      expect(listed.body.items[0]).toEqual({
        id,
        name: 'To revoke',
        createdAt: expect.any(String),
      });
      expect(JSON.stringify(listed.body)).not.toContain(token);
      const samsList = await request(backend.server)
        .get('/api/releases/feed-tokens')
        .set('Authorization', sam)
        .expect(200);
      expect(
        samsList.body.items.map((t: { id: string }) => t.id),
      ).not.toContain(id);

      await request(backend.server)
        .delete(`/api/releases/feed-tokens/${id}`)
        .set('Authorization', sam)
        .expect(404);
      await feed({ token }).expect(200);

      await request(backend.server)
        .delete(`/api/releases/feed-tokens/${id}`)
        .set('Authorization', rita)
        .expect(204);
      const refused = await feed({ token });
      expect(refused.status).toBe(401);
      expect(refused.body.error.message).toMatch(/revoked/);
      expect(refused.text).not.toContain(token);
      expect(refused.body.request.url).toContain('token=REDACTED');
      const after = await request(backend.server)
        .get('/api/releases/feed-tokens')
        .set('Authorization', rita)
        .expect(200);
      expect(
        after.body.items.find((t: { id: string }) => t.id === id),
      ).toMatchObject({ revokedAt: expect.any(String) });
    });

    it('makes tokens for users only, and names a missing name', async () => {
      await request(backend.server)
        .post('/api/releases/feed-tokens')
        .set('Authorization', mockCredentials.service.header())
        .send({ name: 'Pipeline' })
        .expect(403);
      const response = await request(backend.server)
        .post('/api/releases/feed-tokens')
        .set('Authorization', rita)
        .send({});
      expect(response.status).toBe(400);
      expect(response.body.error.message).toMatch(/name/);
    });
  },
);
