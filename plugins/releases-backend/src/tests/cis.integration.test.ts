import { TestBackend, mockServices } from '@backstage/backend-test-utils';
import {
  AuthorizeResult,
  DefinitivePolicyDecision,
  PolicyDecision,
  isResourcePermission,
} from '@backstage/plugin-permission-common';
import { Ci, CiDetail } from '@stagegate/plugin-releases-common';
import request from 'supertest';
import { asUser, startReleasesTestBackend } from '../__testUtils__';

jest.setTimeout(120_000);

const rita = asUser('rita.release');
/** Sam may not see Resources: the catalog filters them out of everything he reads. */
const sam = asUser('sam.service');

/**
 * The permission decisions of the demo's policy, with one twist: Sam gets a conditional
 * decision on catalog entities that the real catalog turns into a filter.
 */
function permissionsHidingResourcesFromSam() {
  const permissions = mockServices.permissions.mock({
    authorize: async requests =>
      requests.map(
        (): DefinitivePolicyDecision => ({ result: AuthorizeResult.ALLOW }),
      ),
    authorizeConditional: async (requests, options) =>
      requests.map(({ permission }): PolicyDecision => {
        const principal = options?.credentials.principal as
          | { userEntityRef?: string }
          | undefined;
        if (
          principal?.userEntityRef === 'user:default/sam.service' &&
          isResourcePermission(permission, 'catalog-entity')
        ) {
          return {
            result: AuthorizeResult.CONDITIONAL,
            pluginId: 'catalog',
            resourceType: 'catalog-entity',
            conditions: {
              not: {
                rule: 'IS_ENTITY_KIND',
                resourceType: 'catalog-entity',
                params: { kinds: ['Resource'] },
              },
            },
          };
        }
        return { result: AuthorizeResult.ALLOW };
      }),
  });
  return permissions;
}

describe('CIs read from the real catalog', () => {
  let backend: TestBackend;

  beforeAll(async () => {
    backend = await startReleasesTestBackend({
      permissions: permissionsHidingResourcesFromSam(),
    });
  });

  afterAll(async () => {
    await backend?.stop();
  });

  const get = (path: string, auth = rita) =>
    request(backend.server)
      .get(`/api/releases${path}`)
      .set('Authorization', auth);

  async function allPages(path: string, auth = rita): Promise<Ci[]> {
    const items: Ci[] = [];
    let cursor: string | undefined;
    do {
      const separator = path.includes('?') ? '&' : '?';
      const response = await get(
        `${path}${separator}limit=4${cursor ? `&cursor=${cursor}` : ''}`,
        auth,
      );
      expect(response.status).toBe(200);
      items.push(...response.body.items);
      cursor = response.body.nextCursor;
    } while (cursor);
    return items;
  }

  it('refuses anonymous callers', async () => {
    const response = await request(backend.server).get('/api/releases/cis');
    expect(response.status).toBe(401);
  });

  it('lists every CI of the example catalog, page by page, each once', async () => {
    const cis = await allPages('/cis');
    const refs = cis.map(ci => ci.entityRef);
    expect(new Set(refs).size).toBe(refs.length);
    expect(refs).toEqual([...refs].sort());
    const kinds = cis.reduce<Record<string, number>>((counts, ci) => {
      counts[ci.kind] = (counts[ci.kind] ?? 0) + 1;
      return counts;
    }, {});
    expect(kinds).toEqual({ API: 3, Component: 8, Resource: 4, System: 3 });
    expect(
      cis.find(ci => ci.entityRef === 'component:default/payments-api'),
    ).toEqual({
      entityRef: 'component:default/payments-api',
      kind: 'Component',
      title: 'Payments API service',
      ciId: 'CI00042',
      ciClass: 'service',
      ciClassSource: 'annotation',
      criticality: 'critical',
      environments: ['cinte', 'sit', 'sat', 'production'],
      owner: 'group:default/payments-team',
      system: 'system:default/payments',
    });
  });

  it('filters by kind, system, owner, class, criticality and text', async () => {
    const refsOf = async (query: string) =>
      (await allPages(`/cis?${query}`)).map(ci => ci.entityRef);
    expect(await refsOf('kind=resource')).toEqual([
      'resource:default/ledger-db',
      'resource:default/message-bus',
      'resource:default/payments-db',
      'resource:default/storefront-db',
    ]);
    expect(await refsOf('class=database&system=payments')).toEqual([
      'resource:default/ledger-db',
      'resource:default/payments-db',
    ]);
    expect(
      await refsOf('owner=payments-team&criticality=critical&kind=Component'),
    ).toEqual([
      'component:default/ledger-service',
      'component:default/payments-api',
    ]);
    expect(await refsOf('q=CI00042')).toEqual([
      'component:default/payments-api',
    ]);
  });

  it('answers a bad filter with a 400 that names it', async () => {
    const response = await get('/cis?class=spaceship');
    expect(response.status).toBe(400);
    expect(response.body.error.message).toMatch(/class/);
    const badCursor = await get('/cis?cursor=nonsense');
    expect(badCursor.status).toBe(400);
    expect(badCursor.body.error.message).toMatch(/^cursor/);
  });

  it('shows one CI with its relations both ways and the windows that apply', async () => {
    const response = await get('/cis/component/default/payments-api');
    expect(response.status).toBe(200);
    const ci: CiDetail = response.body;
    expect(ci.ciId).toBe('CI00042');
    const named = (list: CiDetail['relations']['upstream']) =>
      list.map(r => `${r.type} ${r.entityRef}`).sort();
    expect(named(ci.relations.upstream)).toEqual([
      'consumesApi api:default/identity-api',
      'dependsOn component:default/ledger-service',
      'dependsOn resource:default/message-bus',
      'dependsOn resource:default/payments-db',
      'partOf system:default/payments',
    ]);
    expect(named(ci.relations.downstream)).toEqual([
      'dependencyOf component:default/checkout-service',
      'providesApi api:default/payments-rest-api',
    ]);
    expect(ci.windows.map(w => w.entityRef).sort()).toEqual([
      'changewindow:default/payments-month-end-freeze',
      'changewindow:default/year-end-freeze',
    ]);
    const monthEnd = ci.windows.find(w => w.id.includes('month-end'))!;
    expect(monthEnd.environments).toEqual(['production']);
    // A monthly blackout is always either under way or coming.
    expect(['frozen', 'upcoming']).toContain(ci.freeze.state);
  });

  it('does not list a platform window for a payments CI', async () => {
    const response = await get('/cis/component/default/api-gateway');
    expect(response.status).toBe(200);
    expect(response.body.windows.map((w: any) => w.entityRef)).toEqual([
      'changewindow:default/platform-saturday-maintenance',
    ]);
    expect(response.body.freeze).toEqual({ state: 'none' });
  });

  it('answers 404 for an entity that is not a CI or does not exist', async () => {
    expect((await get('/cis/group/default/payments-team')).status).toBe(404);
    expect((await get('/cis/component/default/nothing-here')).status).toBe(404);
  });

  it('walks relations to the depth asked for', async () => {
    const related = async (depth: number) => {
      const response = await get(
        `/cis/component/default/payments-api/related?depth=${depth}`,
      );
      expect(response.status).toBe(200);
      return response.body.items as Array<{
        entityRef: string;
        distance: number;
      }>;
    };
    const one = await related(1);
    expect(one.every(r => r.distance === 1)).toBe(true);
    expect(one).toHaveLength(7);
    const two = await related(2);
    expect(two.slice(0, 7)).toEqual(one);
    expect(two).toContainEqual(
      expect.objectContaining({
        entityRef: 'resource:default/ledger-db',
        distance: 2,
      }),
    );
    expect(two).toContainEqual(
      expect.objectContaining({
        entityRef: 'component:default/storefront-web',
        distance: 2,
      }),
    );
    const tooDeep = await get(
      '/cis/component/default/payments-api/related?depth=9',
    );
    expect(tooDeep.status).toBe(400);
    expect(tooDeep.body.error.message).toMatch(/depth/);
  });

  describe('for a user the catalog hides Resources from', () => {
    it('lists no Resource', async () => {
      const cis = await allPages('/cis', sam);
      expect(cis.length).toBe(14);
      expect(cis.filter(ci => ci.kind === 'Resource')).toEqual([]);
    });

    it('answers 404 for a Resource, as if it did not exist', async () => {
      const response = await get('/cis/resource/default/payments-db', sam);
      expect(response.status).toBe(404);
    });

    it('leaves hidden CIs out of relations and related CIs', async () => {
      const detail = await get('/cis/component/default/payments-api', sam);
      expect(detail.status).toBe(200);
      const refs = [
        ...detail.body.relations.upstream,
        ...detail.body.relations.downstream,
      ].map((r: { entityRef: string }) => r.entityRef);
      expect(refs).not.toContain('resource:default/payments-db');
      expect(refs).toContain('component:default/ledger-service');

      const related = await get(
        '/cis/component/default/payments-api/related?depth=2',
        sam,
      );
      const relatedRefs = related.body.items.map(
        (r: { entityRef: string }) => r.entityRef,
      );
      expect(
        relatedRefs.some((ref: string) => ref.startsWith('resource:')),
      ).toBe(false);
      expect(relatedRefs).toContain('component:default/storefront-web');
    });
  });
});
