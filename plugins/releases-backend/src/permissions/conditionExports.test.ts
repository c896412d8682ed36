import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { releaseUpdatePermission } from '@stagegate/plugin-releases-common';
import {
  createReleaseConditionalDecision,
  releaseConditions,
} from './conditionExports';
import { isEntityOwner, isReleaseOwner } from './rules';

const release = {
  id: 'r1',
  key: 'REL-2026-0001',
  title: 'x',
  description: '',
  unitType: 'delta' as const,
  category: 'scheduled' as const,
  status: 'build' as const,
  entityRefs: ['component:default/payments-api'],
  schedule: [],
  owner: 'group:default/payments-team',
  revision: 1,
  createdAt: '2026-11-01T00:00:00Z',
  updatedAt: '2026-11-01T00:00:00Z',
  createdBy: 'user:default/oscar.owner',
};

describe('release permission conditions', () => {
  it('lets a policy allow the owners of a release’s CIs to update it', () => {
    const decision = createReleaseConditionalDecision(
      releaseUpdatePermission,
      releaseConditions.isEntityOwner({
        claims: ['user:default/petra.payments', 'group:default/payments-team'],
      }),
    );
    expect(decision).toEqual({
      result: AuthorizeResult.CONDITIONAL,
      pluginId: 'releases',
      resourceType: 'releases-release',
      conditions: {
        rule: 'IS_ENTITY_OWNER',
        resourceType: 'releases-release',
        params: {
          claims: [
            'user:default/petra.payments',
            'group:default/payments-team',
          ],
        },
      },
    });
  });

  it('applies the rules to a loaded release the same way as the SQL filter', () => {
    const resource = {
      release,
      entityOwners: ['group:default/payments-team'],
    };
    expect(
      isEntityOwner.apply(resource, {
        claims: ['group:default/payments-team'],
      }),
    ).toBe(true);
    expect(
      isEntityOwner.apply(resource, { claims: ['group:default/other'] }),
    ).toBe(false);
    expect(
      isReleaseOwner.apply(resource, { claims: ['user:default/oscar.owner'] }),
    ).toBe(true);
    expect(
      isReleaseOwner.apply(resource, {
        claims: ['group:default/payments-team'],
      }),
    ).toBe(true);
    expect(
      isReleaseOwner.apply(resource, { claims: ['user:default/sam.service'] }),
    ).toBe(false);
  });
});
