import { TestBackend } from '@backstage/backend-test-utils';
import { Release } from '@stagegate/plugin-releases-common';
import { DateTime } from 'luxon';
import request from 'supertest';
import {
  asUser,
  createTestDatabases,
  startReleasesTestBackend,
} from '../__testUtils__';
import {
  PolicyMode,
  SwitchablePolicy,
} from '../__testUtils__/switchablePolicy';

jest.setTimeout(240_000);

const databases = createTestDatabases();

/** The query of one CI's releases; the router wants a ref's colon URL-encoded. */
const releasesOf = (entityRef: string) =>
  new URLSearchParams({ entityRef, limit: '200' }).toString();
const oscar = asUser('oscar.owner');
const andy = asUser('andy.approver');
const sam = asUser('sam.service');
const OSCAR = 'user:default/oscar.owner';
const SAM = 'user:default/sam.service';

/** The four answers a policy can give for a release permission. */
const RESOURCE_MODES: Array<[string, PolicyMode, boolean]> = [
  ['allow', 'allow', true],
  ['deny', 'deny', false],
  ['conditional-match', { rule: 'IS_RELEASE_OWNER', claims: [OSCAR] }, true],
  [
    'conditional-no-match',
    { rule: 'IS_RELEASE_OWNER', claims: ['user:default/nobody'] },
    false,
  ],
];

/** Basic permissions have no resource to put a condition on: allow or deny. */
const BASIC_MODES = RESOURCE_MODES.slice(0, 2);

type Api = (
  method: 'get' | 'post' | 'patch' | 'delete',
  path: string,
  as?: string,
) => request.Test;

/** Slots already done in the lower environments, so production may be promoted to. */
function doneSlot(environment: string, daysAgo: number) {
  const start = DateTime.utc().minus({ days: daysAgo });
  return {
    environment,
    start: start.toISO(),
    end: start.plus({ hours: 2 }).toISO(),
    actualStart: start.toISO(),
    actualEnd: start.plus({ hours: 1 }).toISO(),
    status: 'done',
  };
}

/** Brings Oscar's releases to the stage each route acts on, with everything allowed. */
function releaseFactory(api: Api) {
  let serial = 0;
  const move = async (id: string, to: string) => {
    const response = await api('post', `/releases/${id}/transitions`).send({
      to,
    });
    expect({ to, status: response.status }).toEqual({ to, status: 200 });
    return response.body as Release;
  };

  /**
   * A release of Oscar's in planning. Its production slot is on a day of its own, so the
   * releases of this suite do not all conflict with each other, unless it must be open now
   * (to deploy).
   */
  async function planned(
    entityRef = 'component:default/checkout-service',
    { openNow = false } = {},
  ) {
    serial += 1;
    const now = DateTime.utc();
    const start = openNow
      ? now.minus({ hours: 1 })
      : now
          .plus({ days: 20 + serial })
          .startOf('day')
          .plus({ hours: 10 });
    const { body, status } = await api('post', '/releases').send({
      title: `Matrix release ${serial}`,
      unitType: 'delta',
      category: 'scheduled',
      version: `1.0.${serial}`,
      entityRefs: [entityRef],
      rfc: { id: `RFC-M${serial}` },
      testPlan: 'Regression suite',
      schedule: [
        doneSlot('cinte', 9),
        doneSlot('sit', 7),
        doneSlot('sat', 3),
        {
          environment: 'production',
          start: start.toISO(),
          end: start.plus({ hours: 3 }).toISO(),
        },
      ],
    });
    expect({ status, error: body.error?.message }).toEqual({
      status: 201,
      error: undefined,
    });
    return body as Release;
  }

  async function inTest(options?: { openNow: boolean }) {
    const release = await planned(undefined, options);
    await move(release.id, 'build');
    const patched = await api('patch', `/releases/${release.id}`).send({
      revision: release.revision + 1,
      contents: [
        {
          name: 'checkout',
          version: '1.0.0',
          kind: 'artifact',
          checksum: 'sha256:1',
        },
      ],
      backoutPlan: { steps: 'Redeploy the previous version', tested: true },
    });
    expect(patched.status).toBe(200);
    return move(release.id, 'test');
  }

  async function inReadiness(options?: { openNow: boolean }) {
    const release = await inTest(options);
    await api('post', `/releases/${release.id}/test-results`)
      .send({ results: [{ name: 'regression', passed: true }] })
      .expect(200);
    return move(release.id, 'readiness');
  }

  /** Approved, with its production slot open now. */
  async function approved() {
    const release = await inReadiness({ openNow: true });
    await api('post', `/releases/${release.id}/approvals`, andy)
      .send({ gate: 'cab', decision: 'approve' })
      .expect(200);
    return move(release.id, 'approved');
  }

  return { planned, inTest, inReadiness, approved };
}

describe.each(databases.eachSupportedId())(
  'the permission matrix of every mutating route, through the real permission backend (%s)',
  databaseId => {
    let backend: TestBackend;
    const policy = new SwitchablePolicy();
    const api: Api = (method, path, as = oscar) =>
      request(backend.server)
        [method](`/api/releases${path}`)
        .set('Authorization', as);
    const releases = releaseFactory(api);

    beforeAll(async () => {
      const { features, config } = policy.features();
      backend = await startReleasesTestBackend({
        databases,
        databaseId,
        features,
        config,
      });
    });

    afterAll(async () => {
      await backend?.stop();
    });

    afterEach(() => policy.reset());

    /** The release and its history, read with everything allowed. */
    async function snapshot(id: string) {
      const saved = policy.entries();
      policy.reset();
      const [release, history] = await Promise.all([
        api('get', `/releases/${id}`).expect(200),
        api('get', `/releases/${id}/history`).expect(200),
      ]);
      for (const [name, mode] of saved) policy.set(name, mode);
      return {
        revision: release.body.revision,
        entries: history.body.items.length,
      };
    }

    /**
     * What a request did: its status, whether a refusal names the permission, and how many
     * revisions and history entries it added.
     */
    async function outcomeOf(
      response: request.Response,
      permission: string,
      id: string,
      before: { revision: number; entries: number },
    ) {
      const after = await snapshot(id);
      return {
        status: response.status,
        namesPermission:
          response.status === 403
            ? String(response.body.error?.message).includes(permission)
            : undefined,
        revisions: after.revision - before.revision,
        entries: after.entries - before.entries,
      };
    }

    const allowedOutcome = (status: number) => ({
      status,
      namesPermission: undefined,
      revisions: 1,
      entries: 1,
    });
    const refusedOutcome = {
      status: 403,
      namesPermission: true,
      revisions: 0,
      entries: 0,
    };

    type ResourceCase = {
      route: string;
      permission: string;
      prepare: () => Promise<Release>;
      act: (release: Release) => request.Test;
      success: number;
    };

    const resourceCases: ResourceCase[] = [
      {
        route: 'PATCH /releases/:id',
        permission: 'releases.release.update',
        prepare: () => releases.planned(),
        act: r =>
          api('patch', `/releases/${r.id}`).send({
            revision: r.revision,
            description: 'Changed by the matrix',
          }),
        success: 200,
      },
      {
        route: 'POST /releases/:id/transitions (to build)',
        permission: 'releases.release.update',
        prepare: () => releases.planned(),
        act: r =>
          api('post', `/releases/${r.id}/transitions`).send({ to: 'build' }),
        success: 200,
      },
      {
        route: 'POST /releases/:id/transitions (cancel)',
        permission: 'releases.release.update',
        prepare: () => releases.planned(),
        act: r =>
          api('post', `/releases/${r.id}/transitions`).send({
            to: 'cancelled',
            reason: 'Not needed',
          }),
        success: 200,
      },
      {
        route: 'POST /releases/:id/test-results',
        permission: 'releases.release.update',
        prepare: () => releases.inTest(),
        act: r =>
          api('post', `/releases/${r.id}/test-results`).send({
            results: [{ name: 'regression', passed: true }],
          }),
        success: 200,
      },
      {
        route: 'POST /releases/:id/approvals',
        permission: 'releases.release.approve',
        prepare: () => releases.inReadiness(),
        act: r =>
          api('post', `/releases/${r.id}/approvals`, andy).send({
            gate: 'cab',
            decision: 'approve',
          }),
        success: 200,
      },
      {
        route: 'POST /releases/:id/transitions (to deploying)',
        permission: 'releases.release.deploy',
        prepare: () => releases.approved(),
        act: r =>
          api('post', `/releases/${r.id}/transitions`).send({
            to: 'deploying',
          }),
        success: 200,
      },
    ];

    describe.each(resourceCases)('$route needs $permission', testCase => {
      it.each(RESOURCE_MODES)(
        'when the policy says %s',
        async (_, mode, allowed) => {
          const release = await testCase.prepare();
          const before = await snapshot(release.id);
          policy.set(testCase.permission, mode);
          const response = await testCase.act(release);
          expect(
            await outcomeOf(response, testCase.permission, release.id, before),
          ).toEqual(
            allowed ? allowedOutcome(testCase.success) : refusedOutcome,
          );
        },
      );
    });

    describe('POST /deployments needs releases.release.deploy to touch the release', () => {
      it.each(RESOURCE_MODES)(
        'when the policy says %s',
        async (_, mode, allowed) => {
          const release = await releases.approved();
          const before = await snapshot(release.id);
          policy.set('releases.release.deploy', mode);
          const response = await api('post', '/deployments').send({
            entityRef: 'component:default/checkout-service',
            environment: 'production',
            version: release.version,
            status: 'started',
          });
          // The pipeline's report is recorded either way: it is evidence.
          expect(response.status).toBe(201);
          expect(response.body.deployment.releaseId).toBe(release.id);
          const after = await snapshot(release.id);
          expect(after.revision).toBe(before.revision + (allowed ? 1 : 0));
        },
      );
    });

    type BasicCase = {
      route: string;
      permission: string;
      act: () => Promise<request.Response>;
      success: number;
      /** Something that tells whether the route changed anything. */
      state: () => Promise<unknown>;
    };

    const futureSlot = (daysAhead: number) => {
      const start = DateTime.utc().plus({ days: daysAhead }).startOf('hour');
      return { start: start.toISO()!, end: start.plus({ hours: 1 }).toISO()! };
    };
    const changesPeriod = () =>
      new URLSearchParams({
        from: DateTime.utc().toISO()!,
        to: DateTime.utc().plus({ days: 500 }).toISO()!,
      }).toString();
    const countOf = async (path: string) =>
      (await api('get', path).expect(200)).body.items.length as number;
    let windowId = '';
    let windowRevision = 0;
    const freeze = () => ({
      title: 'Matrix freeze',
      spec: {
        type: 'blackout',
        enforcement: 'warn',
        timezone: 'Europe/London',
        start: '2031-02-01T08:00',
        end: '2031-02-01T10:00',
        scope: { entities: ['component:default/storefront-web'] },
        owner: 'group:default/release-managers',
      },
    });

    const basicCases: BasicCase[] = [
      {
        route: 'POST /releases',
        permission: 'releases.release.create',
        act: () =>
          api('post', '/releases').send({
            title: 'Matrix create',
            unitType: 'delta',
            category: 'scheduled',
            entityRefs: ['component:default/storefront-web'],
          }),
        success: 201,
        state: () =>
          countOf(
            `/releases?${releasesOf('component:default/storefront-web')}`,
          ),
      },
      {
        route: 'POST /changes',
        permission: 'releases.release.create',
        act: () =>
          api('post', '/changes').send({
            title: 'Matrix change',
            entityRefs: ['resource:default/payments-db'],
            environment: 'production',
            ...futureSlot(400),
          }),
        success: 201,
        state: () => countOf(`/changes?${changesPeriod()}`),
      },
      {
        route: 'POST /windows',
        permission: 'releases.window.manage',
        act: () => api('post', '/windows').send(freeze()),
        success: 201,
        state: () => countOf('/windows'),
      },
      {
        route: 'PATCH /windows/:id',
        permission: 'releases.window.manage',
        act: async () => {
          const response = await api('patch', `/windows/${windowId}`).send({
            revision: windowRevision,
            title: `Matrix freeze ${windowRevision + 1}`,
          });
          if (response.status === 200) windowRevision = response.body.revision;
          return response;
        },
        success: 200,
        state: async () =>
          (await api('get', '/windows').expect(200)).body.items.map(
            (w: { id: string; revision: number }) => `${w.id}@${w.revision}`,
          ),
      },
      {
        route: 'DELETE /windows/:id',
        permission: 'releases.window.manage',
        act: async () => {
          const response = await api('delete', `/windows/${windowId}`);
          if (response.status === 204) windowId = '';
          return response;
        },
        success: 204,
        state: () => countOf('/windows'),
      },
    ];

    describe.each(basicCases)('$route needs $permission', testCase => {
      beforeEach(async () => {
        if (!windowId) {
          const { body } = await api('post', '/windows')
            .send(freeze())
            .expect(201);
          windowId = body.id;
          windowRevision = body.revision;
        }
      });

      it.each(BASIC_MODES)(
        'when the policy says %s',
        async (_, mode, allowed) => {
          const before = await testCase.state();
          policy.set(testCase.permission, mode);
          const response = await testCase.act();
          policy.reset();
          const after = await testCase.state();
          expect({
            status: response.status,
            namesPermission:
              response.status === 403
                ? String(response.body.error?.message).includes(
                    testCase.permission,
                  )
                : undefined,
            changed: JSON.stringify(after) !== JSON.stringify(before),
          }).toEqual(
            allowed
              ? {
                  status: testCase.success,
                  namesPermission: undefined,
                  changed: true,
                }
              : { status: 403, namesPermission: true, changed: false },
          );
        },
      );
    });

    describe('POST /releases/:id/conflict-overrides needs releases.conflict.override', () => {
      it.each(BASIC_MODES)(
        'when the policy says %s',
        async (_, mode, allowed) => {
          const slot = futureSlot(300 + (allowed ? 0 : 1));
          const bodyOf = (title: string) => ({
            title,
            unitType: 'delta',
            category: 'scheduled',
            entityRefs: ['component:default/storefront-web'],
            schedule: [{ environment: 'production', ...slot }],
          });
          await api('post', '/releases')
            .send(bodyOf('First in the slot'))
            .expect(201);
          const second = await api('post', '/releases')
            .send(bodyOf('Second in the slot'))
            .expect(201);
          const read = await api('get', `/releases/${second.body.id}`).expect(
            200,
          );
          const conflictIds = (
            read.body.conflicts as Array<{ id: string }>
          ).map(c => c.id);
          expect(conflictIds.length).toBeGreaterThan(0);
          const before = await snapshot(second.body.id);
          policy.set('releases.conflict.override', mode);
          const response = await api(
            'post',
            `/releases/${second.body.id}/conflict-overrides`,
          ).send({
            conflictIds,
            reason: 'Agreed with the other team',
            revision: read.body.revision,
          });
          expect(
            await outcomeOf(
              response,
              'releases.conflict.override',
              second.body.id,
              before,
            ),
          ).toEqual(allowed ? allowedOutcome(200) : refusedOutcome);
        },
      );
    });

    describe('IDOR: acting on releases one may not act on', () => {
      it("refuses Sam changing, cancelling and approving Oscar's release, changing nothing", async () => {
        const release = await releases.inReadiness();
        const before = await snapshot(release.id);
        const ownOnly: PolicyMode = { rule: 'IS_RELEASE_OWNER', claims: [SAM] };
        policy.set('releases.release.update', ownOnly);
        policy.set('releases.release.approve', ownOnly);
        policy.set('releases.release.deploy', ownOnly);
        const attempts = await Promise.all([
          api('patch', `/releases/${release.id}`, sam).send({
            revision: release.revision,
            owner: SAM,
          }),
          api('post', `/releases/${release.id}/transitions`, sam).send({
            to: 'cancelled',
            reason: 'Mine now',
          }),
          api('post', `/releases/${release.id}/approvals`, sam).send({
            gate: 'cab',
            decision: 'approve',
          }),
          api('post', `/releases/${release.id}/transitions`, sam).send({
            to: 'on_hold',
            reason: 'Mine now',
          }),
        ]);
        expect(attempts.map(r => r.status)).toEqual([403, 403, 403, 403]);
        expect(await snapshot(release.id)).toEqual(before);
      });

      it('hides a release Sam may not read: 404 for reads and acts, absent from lists', async () => {
        const release = await releases.planned(
          'component:default/payments-api',
        );
        policy.set('releases.release.read', {
          rule: 'IS_RELEASE_OWNER',
          claims: [SAM],
        });
        const paths = [
          `/releases/${release.id}`,
          `/releases/${release.id}/history`,
        ];
        for (const path of paths) {
          expect((await api('get', path, sam)).status).toBe(404);
        }
        const act = await api(
          'post',
          `/releases/${release.id}/transitions`,
          sam,
        ).send({
          to: 'build',
        });
        expect(act.status).toBe(404);
        const listed = await api(
          'get',
          `/releases?${releasesOf('component:default/payments-api')}`,
          sam,
        ).expect(200);
        expect(listed.body.items.map((r: Release) => r.id)).not.toContain(
          release.id,
        );
      });

      it("cannot revoke someone else's calendar feed token", async () => {
        const created = await api('post', '/feed-tokens', oscar)
          .send({ name: 'Outlook' })
          .expect(201);
        await api('delete', `/feed-tokens/${created.body.id}`, sam).expect(404);
        const own = await api('get', '/feed-tokens', oscar).expect(200);
        expect(own.body.items.map((t: { id: string }) => t.id)).toContain(
          created.body.id,
        );
      });
    });

    describe('segregation of duties', () => {
      it('refuses the owner approving their own release even with the approve permission', async () => {
        const release = await releases.inReadiness();
        const before = await snapshot(release.id);
        const response = await api(
          'post',
          `/releases/${release.id}/approvals`,
          oscar,
        ).send({
          gate: 'cab',
          decision: 'approve',
        });
        expect(response.status).toBe(409);
        expect(response.body.error.message).toMatch(/own or created/);
        expect(await snapshot(release.id)).toEqual(before);
      });
    });
  },
);
