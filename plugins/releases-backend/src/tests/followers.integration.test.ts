import {
  TestBackend,
  mockCredentials,
  mockServices,
} from '@backstage/backend-test-utils';
import {
  AuthorizeResult,
  DefinitivePolicyDecision,
} from '@backstage/plugin-permission-common';
import { Knex } from 'knex';
import request from 'supertest';
import {
  aRelease,
  asUser,
  createTestDatabases,
  recordedNotifications,
  startReleasesTestBackend,
} from '../__testUtils__';
import { DatabaseReleaseStore } from '../database';

jest.setTimeout(240_000);

const databases = createTestDatabases();

const rita = asUser('rita.release');
const paula = asUser('paula.platform');
const sam = asUser('sam.service');
const PAULA = 'user:default/paula.platform';

const DISTRIBUTION_LISTS = {
  'cab-core': ['group:default/cab', 'user:default/andy.approver'],
  'payments-ops': ['user:default/sam.service'],
  'release-news': ['user:default/oscar.owner'],
  unused: ['user:default/nobody'],
};

/** Everyone may do everything, except that Sam may not read releases. */
function permissionsHidingReleasesFromSam() {
  const decide = (
    credentials: unknown,
    permission: string,
  ): DefinitivePolicyDecision => {
    const principal = (
      credentials as { principal?: { userEntityRef?: string } }
    )?.principal;
    const denied =
      principal?.userEntityRef === 'user:default/sam.service' &&
      permission === 'releases.release.read';
    return { result: denied ? AuthorizeResult.DENY : AuthorizeResult.ALLOW };
  };
  return mockServices.permissions.mock({
    authorize: async (requests, options) =>
      requests.map(r => decide(options?.credentials, r.permission.name)),
    authorizeConditional: async (requests, options) =>
      requests.map(r => decide(options?.credentials, r.permission.name)),
  });
}

describe.each(databases.eachSupportedId())(
  'watches, distribution lists and release notes (%s)',
  databaseId => {
    let backend: TestBackend;
    let knex: Knex;
    let store: DatabaseReleaseStore;
    const { sent, feature: notifications } = recordedNotifications();

    const api = (
      method: 'get' | 'put' | 'post' | 'delete',
      path: string,
      as: string,
    ) =>
      request(backend.server)
        [method](`/api/releases${path}`)
        .set('Authorization', as);

    /** DELETE /watches, the ref URL-encoded as a browser would send it. */
    const unwatch = (targetRef: string, as: string) =>
      api('delete', `/watches?targetRef=${encodeURIComponent(targetRef)}`, as);

    beforeAll(async () => {
      knex = await databases.init(databaseId);
      backend = await startReleasesTestBackend({
        databases,
        databaseId,
        releasesKnex: knex,
        permissions: permissionsHidingReleasesFromSam(),
        config: {
          releases: {
            notifications: { distributionLists: DISTRIBUTION_LISTS },
          },
        },
        features: [notifications],
      });
      store = await DatabaseReleaseStore.create({
        database: mockServices.database({ knex, migrations: { skip: true } }),
      });
    });

    afterAll(async () => {
      await backend?.stop();
    });

    describe('watches', () => {
      it('starts a watch once, lists it for its user only, and stops it', async () => {
        const first = await api('put', '/watches', paula)
          .send({ targetRef: 'system:default/payments' })
          .expect(200);
        expect(first.body).toEqual({
          targetRef: 'system:default/payments',
          createdAt: expect.any(String),
        });
        const again = await api('put', '/watches', paula)
          .send({ targetRef: 'System:default/payments' })
          .expect(200);
        expect(again.body).toEqual(first.body);
        await api('put', '/watches', paula)
          .send({ targetRef: 'component:default/checkout-service' })
          .expect(200);

        const mine = await api('get', '/watches', paula).expect(200);
        expect(
          mine.body.items.map((w: { targetRef: string }) => w.targetRef),
        ).toEqual([
          'system:default/payments',
          'component:default/checkout-service',
        ]);
        expect((await api('get', '/watches', sam).expect(200)).body).toEqual({
          items: [],
        });

        // Sam cannot stop Paula's watch: a user only ever touches their own.
        await unwatch('component:default/checkout-service', sam).expect(204);
        await unwatch('component:default/checkout-service', paula).expect(204);
        await unwatch('component:default/checkout-service', paula).expect(204);
        const after = await api('get', '/watches', paula).expect(200);
        expect(
          after.body.items.map((w: { targetRef: string }) => w.targetRef),
        ).toEqual(['system:default/payments']);
      });

      it.each([
        ['a malformed ref', { targetRef: 'payments' }],
        ['no ref', {}],
        [
          'an unknown field',
          { targetRef: 'system:default/payments', user: 'x' },
        ],
      ])('refuses %s with a 400 naming the field', async (_what, body) => {
        const response = await api('put', '/watches', paula)
          .send(body)
          .expect(400);
        expect(response.body.error.message).toMatch(
          'user' in body
            ? /^Invalid body: .*Unrecognized key\(s\) in object: 'user'/
            : /^Invalid body: targetRef: /,
        );
      });

      it('refuses to stop a watch of a malformed ref, naming targetRef', async () => {
        const response = await api(
          'delete',
          '/watches?targetRef=not-a-ref',
          paula,
        ).expect(400);
        expect(response.body.error.message).toMatch(
          /^Invalid query: targetRef: 'not-a-ref' is not an entity ref/,
        );
        const missing = await api('delete', '/watches', paula).expect(400);
        expect(missing.body.error.message).toMatch(/targetRef/);
      });

      it.each([
        ['a CI that does not exist', 'component:default/nope'],
        ['an entity that is no CI or system', 'group:default/cab'],
      ])('answers 404 for %s', async (_what, targetRef) => {
        const response = await api('put', '/watches', paula)
          .send({ targetRef })
          .expect(404);
        expect(response.body.error.message).toContain(targetRef);
      });

      it('is for users; a service has nobody to notify', async () => {
        const response = await request(backend.server)
          .get('/api/releases/watches')
          .set('Authorization', mockCredentials.service.header());
        expect(response.status).toBe(403);
      });
    });

    describe('distribution lists', () => {
      it('lists the configured lists with their members', async () => {
        const response = await api('get', '/distribution-lists', rita).expect(
          200,
        );
        expect(response.body.items).toEqual(
          Object.entries(DISTRIBUTION_LISTS).map(([name, members]) => ({
            name,
            members,
          })),
        );
      });

      it('refuses a release naming a list that is not configured, naming distributionLists', async () => {
        const response = await api('post', '/releases', rita)
          .send({
            title: 'Ledger 2.1',
            unitType: 'delta',
            category: 'scheduled',
            entityRefs: ['component:default/ledger-service'],
            distributionLists: ['release-news', 'cab-typo'],
          })
          .expect(400);
        expect(response.body.error.message).toBe(
          "Invalid body: distributionLists: 'cab-typo' is not a distribution list; the configured lists are cab-core, payments-ops, release-news, unused",
        );
      });
    });

    describe('notifications', () => {
      it('reach the watchers of its system and the members of its and its system’s lists, not others', async () => {
        await api('put', '/watches', paula)
          .send({ targetRef: 'system:default/payments' })
          .expect(200);
        // Watches elsewhere and lists nobody chose bring nobody in.
        await api('put', '/watches', sam)
          .send({ targetRef: 'system:default/storefront' })
          .expect(200);
        sent.length = 0;

        const created = await api('post', '/releases', rita)
          .send({
            title: 'Ledger 2.0',
            unitType: 'full',
            category: 'scheduled',
            owner: 'user:default/petra.payments',
            entityRefs: ['component:default/ledger-service'],
            distributionLists: ['release-news'],
          })
          .expect(201);
        expect(created.body.distributionLists).toEqual(['release-news']);

        expect(sent).toHaveLength(1);
        expect(sent[0].recipients).toEqual({
          type: 'entity',
          entityRef: [
            'user:default/petra.payments',
            'user:default/rita.release',
            'group:default/payments-team',
            'user:default/oscar.owner',
            'group:default/cab',
            'user:default/andy.approver',
            'user:default/sam.service',
            PAULA,
          ],
          excludeEntityRef: 'user:default/rita.release',
        });
        const recipients = (sent[0].recipients as { entityRef: string[] })
          .entityRef;
        expect(recipients).not.toContain('user:default/nobody');
        expect(sent[0].payload.link).toBe(
          `/catalog/default/component/ledger-service/releases?release=${created.body.id}`,
        );
      });

      it('stop reaching a watcher who stopped watching', async () => {
        await unwatch('system:default/payments', paula).expect(204);
        sent.length = 0;
        await api('post', '/releases', rita)
          .send({
            title: 'Ledger 2.2',
            unitType: 'delta',
            category: 'scheduled',
            entityRefs: ['component:default/ledger-service'],
          })
          .expect(201);
        expect(
          (sent[0].recipients as { entityRef: string[] }).entityRef,
        ).not.toContain(PAULA);
      });

      it('link an approved release to its notes', async () => {
        const approved = await store.insertRelease(
          aRelease({
            key: undefined,
            status: 'approved',
            entityRefs: ['component:default/ledger-service'],
          }),
        );
        sent.length = 0;
        await api('post', `/releases/${approved.id}/test-results`, rita)
          .send({ results: [{ name: 'smoke', passed: true }] })
          .expect(200);
        expect(sent[0].payload.link).toBe(
          `/catalog/default/component/ledger-service/releases?release=${approved.id}&view=notes`,
        );
      });
    });

    describe('release notes', () => {
      it('are generated from the release for whoever may read it', async () => {
        const release = await store.insertRelease(
          aRelease({
            key: undefined,
            title: 'Ledger 3.0',
            version: '3.0.0',
            knownErrors: 'KE-12: statements lag by one hour.',
            contents: [{ name: 'ledger', version: '3.0.0', kind: 'config' }],
          }),
        );
        const response = await api(
          'get',
          `/releases/${release.id}/notes`,
          rita,
        ).expect(200);
        expect(response.body).toEqual({
          releaseId: release.id,
          markdown: expect.stringContaining('# Ledger 3.0\n'),
          generatedAt: expect.any(String),
        });
        expect(response.body.markdown).toContain(`- **Key:** ${release.key}`);
        expect(response.body.markdown).toContain(
          'KE-12: statements lag by one hour.',
        );
        expect(response.body.markdown).toContain(
          '| ledger | config | 3.0.0 |  |',
        );

        // Sam may not read releases: the notes are as hidden as the release.
        const hidden = await api(
          'get',
          `/releases/${release.id}/notes`,
          sam,
        ).expect(404);
        expect((await api('get', `/releases/${release.id}`, sam)).status).toBe(
          hidden.status,
        );
      });

      it('answer 404 for an unknown release', async () => {
        const response = await api(
          'get',
          '/releases/00000000-0000-0000-0000-000000000000/notes',
          rita,
        );
        expect(response.status).toBe(404);
        expect(response.body.error.name).toBe('NotFoundError');
      });
    });
  },
);
