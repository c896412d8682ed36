import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import {
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import permissionPlugin from '@backstage/plugin-permission-backend';
import {
  conflictOverridePermission,
  releaseApprovePermission,
  windowManagePermission,
} from '@stagegate/plugin-releases-common';
import request from 'supertest';
import demoPolicyModule from '.';
import { DemoReleasePolicy, RELEASE_MANAGERS } from './policy';

const RITA = 'user:default/rita.release';
const OSCAR = 'user:default/oscar.owner';

const userOf = (userEntityRef: string, groups: string[]) => ({
  identity: {
    type: 'User' as const,
    userEntityRef,
    ownershipEntityRefs: [userEntityRef, ...groups],
  },
  token: 'token',
  credentials: mockCredentials.user(userEntityRef),
  info: { userEntityRef, ownershipEntityRefs: [userEntityRef, ...groups] },
});

describe('DemoReleasePolicy', () => {
  const policy = new DemoReleasePolicy();

  it('lets only release managers override conflicts', async () => {
    const override = { permission: conflictOverridePermission };
    expect(
      await policy.handle(override, userOf(RITA, [RELEASE_MANAGERS])),
    ).toEqual({ result: AuthorizeResult.ALLOW });
    expect(
      await policy.handle(override, userOf(OSCAR, ['group:default/cab'])),
    ).toEqual({ result: AuthorizeResult.DENY });
    expect(await policy.handle(override)).toEqual({
      result: AuthorizeResult.DENY,
    });
  });

  it('lets everyone do everything else', async () => {
    for (const permission of [
      releaseApprovePermission,
      windowManagePermission,
    ]) {
      expect(await policy.handle({ permission }, userOf(OSCAR, []))).toEqual({
        result: AuthorizeResult.ALLOW,
      });
    }
  });
});

describe('the demo policy module', () => {
  it('is the policy the permission backend asks, with the users’ groups from sign-in', async () => {
    const groups: Record<string, string[]> = {
      [RITA]: [RELEASE_MANAGERS],
      [OSCAR]: ['group:default/payments-team'],
    };
    const { server } = await startTestBackend({
      features: [
        permissionPlugin,
        demoPolicyModule,
        mockServices.rootConfig.factory({
          data: { permission: { enabled: true } },
        }),
        createServiceFactory({
          service: coreServices.userInfo,
          deps: {},
          factory: () => ({
            async getUserInfo(credentials) {
              const { userEntityRef } = credentials.principal as {
                userEntityRef: string;
              };
              return {
                userEntityRef,
                ownershipEntityRefs: [userEntityRef, ...groups[userEntityRef]],
              };
            },
          }),
        }),
      ],
    });
    const override = async (user: string) => {
      const response = await request(server)
        .post('/api/permission/authorize')
        .set('authorization', mockCredentials.user.header(user))
        .send({
          items: [
            {
              id: '1',
              permission: {
                type: 'basic',
                name: conflictOverridePermission.name,
                attributes: {},
              },
            },
          ],
        });
      expect(response.status).toBe(200);
      return response.body.items[0].result;
    };
    expect(await override(RITA)).toBe(AuthorizeResult.ALLOW);
    expect(await override(OSCAR)).toBe(AuthorizeResult.DENY);
  });
});
