import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import authPlugin from '@backstage/plugin-auth-backend';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import request from 'supertest';
import { parseAllDocuments } from 'yaml';
import authModuleStagegateDemoProvider from '.';

/**
 * The example organisation, as the catalog would hold it: examples/org.yaml with the
 * memberOf relations that catalog processing would add.
 */
function exampleOrg(): Entity[] {
  const file = resolve(__dirname, '../../../../../examples/org.yaml');
  return parseAllDocuments(readFileSync(file, 'utf8')).map(doc => {
    const entity = doc.toJSON() as Entity;
    const memberOf = (entity.spec?.memberOf as string[] | undefined) ?? [];
    return {
      ...entity,
      metadata: { namespace: 'default', ...entity.metadata },
      relations: memberOf.map(group => ({
        type: 'memberOf',
        targetRef: `group:default/${group}`,
      })),
    };
  });
}

async function startBackend(providerConfig?: {
  dangerouslyAllowOutsideDevelopment?: boolean;
}) {
  const { server } = await startTestBackend({
    features: [
      authPlugin,
      authModuleStagegateDemoProvider,
      catalogServiceMock.factory({ entities: exampleOrg() }),
      mockServices.rootConfig.factory({
        data: {
          app: { baseUrl: 'http://localhost:3000' },
          auth: {
            providers: providerConfig
              ? { 'stagegate-demo': providerConfig }
              : {},
          },
        },
      }),
    ],
  });
  return server;
}

function signIn(
  server: Awaited<ReturnType<typeof startBackend>>,
  user?: string,
) {
  const req = request(server)
    .get('/api/auth/stagegate-demo/refresh')
    .set('X-Requested-With', 'XMLHttpRequest');
  return user === undefined ? req : req.set('x-stagegate-demo-user', user);
}

// Jest runs with NODE_ENV=test, where the provider is off unless explicitly allowed.
const demoConfig = { dangerouslyAllowOutsideDevelopment: true };

describe('the stagegate-demo sign-in provider', () => {
  it('signs a known example user in with their catalog identity and groups', async () => {
    const server = await startBackend(demoConfig);

    const res = await signIn(server, 'oscar.owner');

    expect(res.status).toBe(200);
    expect(res.body.profile).toEqual({
      displayName: 'Oscar Owner',
      email: 'oscar.owner@example.com',
    });
    expect(res.body.backstageIdentity.token).toEqual(expect.any(String));
    expect(res.body.backstageIdentity.identity).toEqual({
      type: 'user',
      userEntityRef: 'user:default/oscar.owner',
      ownershipEntityRefs: [
        'user:default/oscar.owner',
        'group:default/payments-team',
      ],
    });
  });

  it.each([
    ['rita.release', ['group:default/release-managers', 'group:default/cab']],
    ['andy.approver', ['group:default/cab']],
    ['petra.payments', ['group:default/payments-team']],
    ['sam.service', ['group:default/storefront-team']],
    ['paula.platform', ['group:default/platform-team']],
  ])('signs in %s as well', async (user, groups) => {
    const server = await startBackend(demoConfig);

    const res = await signIn(server, user);

    expect(res.status).toBe(200);
    expect(res.body.backstageIdentity.identity.userEntityRef).toBe(
      `user:default/${user}`,
    );
    expect(res.body.backstageIdentity.identity.ownershipEntityRefs).toEqual([
      `user:default/${user}`,
      ...groups,
    ]);
  });

  it('refuses a user that is not in the catalog', async () => {
    const server = await startBackend(demoConfig);

    const res = await signIn(server, 'mallory');

    expect(res.status).toBe(403);
    expect(res.body.error.message).toMatch(
      /"mallory" is not a user in the catalog/,
    );
    expect(res.body.backstageIdentity).toBeUndefined();
  });

  it('refuses a catalog entity that is a group, not a user', async () => {
    const server = await startBackend(demoConfig);

    const res = await signIn(server, 'cab');

    expect(res.status).toBe(403);
    expect(res.body.error.message).toMatch(/"cab" is not a user/);
  });

  it('refuses a request without a user, or with a malformed one', async () => {
    const server = await startBackend(demoConfig);

    const missing = await signIn(server);
    expect(missing.status).toBe(401);
    expect(missing.body.error.message).toMatch(
      /Missing the x-stagegate-demo-user header/,
    );

    const malformed = await signIn(server, 'user:default/oscar.owner');
    expect(malformed.status).toBe(400);
  });

  it('is not mounted unless configured', async () => {
    const server = await startBackend();

    const res = await signIn(server, 'oscar.owner');

    expect(res.status).toBe(404);
  });

  it('refuses to work outside development unless dangerously allowed', async () => {
    const server = await startBackend({});

    const res = await signIn(server, 'oscar.owner');

    expect(res.status).toBe(403);
    expect(res.body.error.message).toMatch(/for demos only/);
  });
});
