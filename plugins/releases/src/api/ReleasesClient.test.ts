import { ResponseError } from '@backstage/errors';
import {
  MockFetchApi,
  mockApis,
  registerMswTestHooks,
} from '@backstage/test-utils';
import {
  CiDetail,
  HistoryEntry,
  Page,
  Release,
  TransitionPreview,
} from '@stagegate/plugin-releases-common';
import { rest } from 'msw';
import { setupServer } from 'msw/node';
import { ReleasesClient } from './ReleasesClient';

const baseUrl = 'http://example.com/api/releases';

const release: Release = {
  id: 'b5a0f1d2-0000-4000-8000-000000000001',
  key: 'REL-2026-0042',
  title: 'Payments 2.4',
  description: 'Quarterly payments release',
  unitType: 'delta',
  category: 'scheduled',
  status: 'planning',
  version: '2.4.0',
  entityRefs: ['component:default/payments'],
  schedule: [
    {
      environment: 'production',
      start: '2026-12-01T20:00:00Z',
      end: '2026-12-01T22:00:00Z',
      status: 'planned',
    },
  ],
  revision: 1,
  createdAt: '2026-11-01T09:00:00Z',
  updatedAt: '2026-11-01T09:00:00Z',
  createdBy: 'user:default/alice',
};

describe('ReleasesClient', () => {
  const server = setupServer();
  registerMswTestHooks(server);

  const createClient = (fetchApi = new MockFetchApi()) =>
    new ReleasesClient({
      discoveryApi: mockApis.discovery({ baseUrl: 'http://example.com' }),
      fetchApi,
    });

  it('sends every filter as a query parameter and returns the page', async () => {
    const page: Page<Release> = { items: [release], nextCursor: 'next/page+1' };
    let seen: URL | undefined;
    server.use(
      rest.get(`${baseUrl}/releases`, (req, res, ctx) => {
        seen = req.url;
        return res(ctx.json(page));
      }),
    );

    const result = await createClient().listReleases({
      entityRef: 'component:default/payments',
      status: ['planning', 'approved'],
      pending: true,
      limit: 50,
      cursor: 'abc/def+ghi=',
    });

    expect(result).toEqual(page);
    expect(seen).toBeDefined();
    const params = seen!.searchParams;
    expect(params.get('entityRef')).toBe('component:default/payments');
    expect(params.getAll('status')).toEqual(['planning', 'approved']);
    expect(params.get('pending')).toBe('true');
    expect(params.get('limit')).toBe('50');
    expect(params.get('cursor')).toBe('abc/def+ghi=');
    // Reserved characters are percent-encoded rather than sent raw.
    expect(seen!.search).toContain('entityRef=component%3Adefault%2Fpayments');
    expect(seen!.search).toContain('cursor=abc%2Fdef%2Bghi%3D');
  });

  it('sends pending=false when asking for the release history', async () => {
    let seen: URLSearchParams | undefined;
    server.use(
      rest.get(`${baseUrl}/releases`, (req, res, ctx) => {
        seen = req.url.searchParams;
        return res(ctx.json({ items: [] }));
      }),
    );

    await createClient().listReleases({ pending: false });

    expect(seen?.get('pending')).toBe('false');
  });

  it('sends the calendar period as from and to', async () => {
    let seen: URLSearchParams | undefined;
    server.use(
      rest.get(`${baseUrl}/releases`, (req, res, ctx) => {
        seen = req.url.searchParams;
        return res(ctx.json({ items: [] }));
      }),
    );

    await createClient().listReleases({
      from: '2026-11-22T00:00:00.000Z',
      to: '2027-02-20T00:00:00.000Z',
    });

    expect(seen?.get('from')).toBe('2026-11-22T00:00:00.000Z');
    expect(seen?.get('to')).toBe('2027-02-20T00:00:00.000Z');
  });

  it('leaves out filters that are not set', async () => {
    let seen: URLSearchParams | undefined;
    server.use(
      rest.get(`${baseUrl}/releases`, (req, res, ctx) => {
        seen = req.url.searchParams;
        return res(ctx.json({ items: [] }));
      }),
    );

    const result = await createClient().listReleases({
      entityRef: 'component:default/payments',
      cursor: undefined,
    });

    expect(result).toEqual({ items: [] });
    expect([...seen!.keys()]).toEqual(['entityRef']);
  });

  it('goes through the fetch API, so requests carry the user credentials', async () => {
    let authorization: string | null = null;
    server.use(
      rest.get(`${baseUrl}/releases`, (req, res, ctx) => {
        authorization = req.headers.get('authorization');
        return res(ctx.json({ items: [] }));
      }),
    );

    await createClient(
      new MockFetchApi({ injectIdentityAuth: { token: 'user-token' } }),
    ).listReleases();

    expect(authorization).toBe('Bearer user-token');
  });

  it('throws a ResponseError that carries the backend error when the request fails', async () => {
    server.use(
      rest.get(`${baseUrl}/releases`, (_req, res, ctx) =>
        res(
          ctx.status(400),
          ctx.json({
            error: {
              name: 'InputError',
              message: 'limit: must be at most 200',
            },
            request: { method: 'GET', url: '/api/releases/releases?limit=500' },
            response: { statusCode: 400 },
          }),
        ),
      ),
    );

    const error = await createClient()
      .listReleases({ limit: 500 })
      .then(
        () => undefined,
        e => e,
      );

    expect(error).toBeInstanceOf(ResponseError);
    const responseError = error as ResponseError;
    expect(responseError.statusCode).toBe(400);
    expect(responseError.message).toContain('400');
    expect(responseError.cause).toMatchObject({
      name: 'InputError',
      message: 'limit: must be at most 200',
    });
    expect(responseError.body.error.message).toBe('limit: must be at most 200');
  });

  it('throws a ResponseError even when the failure has no JSON body', async () => {
    server.use(
      rest.get(`${baseUrl}/releases`, (_req, res, ctx) =>
        res(ctx.status(502), ctx.text('Bad gateway')),
      ),
    );

    await expect(createClient().listReleases()).rejects.toMatchObject({
      name: 'ResponseError',
      statusCode: 502,
    });
  });

  describe('getCi', () => {
    const ci: CiDetail = {
      entityRef: 'component:default/payments',
      kind: 'Component',
      title: 'Payments',
      ciId: 'CI00042',
      ciClass: 'service',
      ciClassSource: 'derived',
      environments: ['sit', 'production'],
      owner: 'group:default/team-a',
      relations: {
        upstream: [
          {
            entityRef: 'resource:default/payments-db',
            kind: 'Resource',
            title: 'Payments DB',
            type: 'dependsOn',
          },
        ],
        downstream: [],
      },
      windows: [],
      freeze: { state: 'none' },
    };

    it('asks for the CI by lower-case kind, namespace and name and returns it', async () => {
      let path: string | undefined;
      server.use(
        rest.get(`${baseUrl}/cis/:kind/:namespace/:name`, (req, res, ctx) => {
          path = req.url.pathname;
          return res(ctx.json(ci));
        }),
      );

      const result = await createClient().getCi('Component:Default/payments');

      expect(result).toEqual(ci);
      expect(path).toBe('/api/releases/cis/component/default/payments');
    });

    it('fills in the default namespace of a short entity ref', async () => {
      let path: string | undefined;
      server.use(
        rest.get(`${baseUrl}/cis/:kind/:namespace/:name`, (req, res, ctx) => {
          path = req.url.pathname;
          return res(ctx.json(ci));
        }),
      );

      await createClient().getCi('component:payments');

      expect(path).toBe('/api/releases/cis/component/default/payments');
    });

    it('percent-encodes the parts of the path', async () => {
      let path: string | undefined;
      server.use(
        rest.get(`${baseUrl}/cis/:kind/:namespace/:name`, (req, res, ctx) => {
          path = req.url.pathname;
          return res(ctx.json(ci));
        }),
      );

      await createClient().getCi('component:default/pay ments#1');

      expect(path).toBe('/api/releases/cis/component/default/pay%20ments%231');
    });

    it('returns undefined when the entity is not a CI or cannot be seen (404)', async () => {
      server.use(
        rest.get(`${baseUrl}/cis/:kind/:namespace/:name`, (_req, res, ctx) =>
          res(
            ctx.status(404),
            ctx.json({
              error: {
                name: 'NotFoundError',
                message: 'No CI user:default/alice',
              },
              request: {
                method: 'GET',
                url: '/api/releases/cis/user/default/alice',
              },
              response: { statusCode: 404 },
            }),
          ),
        ),
      );

      await expect(
        createClient().getCi('user:default/alice'),
      ).resolves.toBeUndefined();
    });

    it('sends the user credentials', async () => {
      let authorization: string | null = null;
      server.use(
        rest.get(`${baseUrl}/cis/:kind/:namespace/:name`, (req, res, ctx) => {
          authorization = req.headers.get('authorization');
          return res(ctx.json(ci));
        }),
      );

      await createClient(
        new MockFetchApi({ injectIdentityAuth: { token: 'user-token' } }),
      ).getCi(ci.entityRef);

      expect(authorization).toBe('Bearer user-token');
    });

    it('throws a ResponseError for other failures', async () => {
      server.use(
        rest.get(`${baseUrl}/cis/:kind/:namespace/:name`, (_req, res, ctx) =>
          res(
            ctx.status(503),
            ctx.json({
              error: {
                name: 'ServiceUnavailableError',
                message: 'Catalog is down',
              },
              request: {
                method: 'GET',
                url: '/api/releases/cis/component/default/payments',
              },
              response: { statusCode: 503 },
            }),
          ),
        ),
      );

      const error = await createClient()
        .getCi(ci.entityRef)
        .then(
          () => undefined,
          e => e,
        );

      expect(error).toBeInstanceOf(ResponseError);
      expect((error as ResponseError).statusCode).toBe(503);
      expect((error as ResponseError).body.error.message).toBe(
        'Catalog is down',
      );
    });
  });

  describe('release routes', () => {
    const releaseUrl = `${baseUrl}/releases/${release.id}`;
    const conflictBody = (message: string) => ({
      error: { name: 'ConflictError', message },
      request: { method: 'POST', url: `/api/releases/releases/${release.id}` },
      response: { statusCode: 409 },
    });

    it('gets one release by id', async () => {
      server.use(
        rest.get(`${baseUrl}/releases/:id`, (req, res, ctx) =>
          req.params.id === release.id
            ? res(ctx.json(release))
            : res(ctx.status(404)),
        ),
      );

      await expect(createClient().getRelease(release.id)).resolves.toEqual(
        release,
      );
    });

    it('percent-encodes the release id in the path', async () => {
      let path: string | undefined;
      server.use(
        rest.get(`${baseUrl}/releases/:id`, (req, res, ctx) => {
          path = req.url.pathname;
          return res(ctx.json(release));
        }),
      );

      await createClient().getRelease('a/b c');

      expect(path).toBe('/api/releases/releases/a%2Fb%20c');
    });

    it('creates a release with a JSON body and returns it', async () => {
      let body: unknown;
      let contentType: string | null = null;
      let authorization: string | null = null;
      server.use(
        rest.post(`${baseUrl}/releases`, async (req, res, ctx) => {
          body = await req.json();
          contentType = req.headers.get('content-type');
          authorization = req.headers.get('authorization');
          return res(ctx.status(201), ctx.json(release));
        }),
      );
      const request = {
        title: 'Payments 2.4',
        unitType: 'delta' as const,
        category: 'scheduled' as const,
        entityRefs: ['component:default/payments'],
      };

      const created = await createClient(
        new MockFetchApi({ injectIdentityAuth: { token: 'user-token' } }),
      ).createRelease(request);

      expect(created).toEqual(release);
      expect(body).toEqual(request);
      expect(contentType).toBe('application/json');
      expect(authorization).toBe('Bearer user-token');
    });

    it('updates a release with PATCH and the revision it is based on', async () => {
      let body: unknown;
      server.use(
        rest.patch(releaseUrl, async (req, res, ctx) => {
          body = await req.json();
          return res(ctx.json({ ...release, title: 'New', revision: 2 }));
        }),
      );

      const updated = await createClient().updateRelease(release.id, {
        title: 'New',
        revision: 1,
      });

      expect(body).toEqual({ title: 'New', revision: 1 });
      expect(updated.revision).toBe(2);
    });

    it('throws a ResponseError with the message of a stale revision (409)', async () => {
      server.use(
        rest.patch(releaseUrl, (_req, res, ctx) =>
          res(
            ctx.status(409),
            ctx.json(
              conflictBody(
                'The release changed since revision 1; reload it and try again',
              ),
            ),
          ),
        ),
      );

      const error = await createClient()
        .updateRelease(release.id, { title: 'New', revision: 1 })
        .then(
          () => undefined,
          e => e,
        );

      expect(error).toBeInstanceOf(ResponseError);
      expect((error as ResponseError).statusCode).toBe(409);
      expect((error as ResponseError).body.error.message).toMatch(/revision 1/);
    });

    it('unwraps the transition previews', async () => {
      const previews: TransitionPreview[] = [
        {
          to: 'build',
          allowed: false,
          needsReason: false,
          failures: [{ gate: 'planning', message: 'Name a release owner' }],
        },
        { to: 'on_hold', allowed: true, needsReason: true, failures: [] },
      ];
      server.use(
        rest.get(`${releaseUrl}/transitions`, (_req, res, ctx) =>
          res(ctx.json({ items: previews })),
        ),
      );

      await expect(createClient().getTransitions(release.id)).resolves.toEqual(
        previews,
      );
    });

    it('asks for a transition with the target, reason and revision', async () => {
      let body: unknown;
      server.use(
        rest.post(`${releaseUrl}/transitions`, async (req, res, ctx) => {
          body = await req.json();
          return res(ctx.json({ ...release, status: 'on_hold' }));
        }),
      );

      const moved = await createClient().transitionRelease(release.id, {
        to: 'on_hold',
        reason: 'Waiting for the vendor',
        revision: 1,
      });

      expect(body).toEqual({
        to: 'on_hold',
        reason: 'Waiting for the vendor',
        revision: 1,
      });
      expect(moved.status).toBe('on_hold');
    });

    it('keeps the failing gates of a refused transition in the error', async () => {
      const message =
        'Cannot move to build: Name a release owner; Plan a production slot';
      server.use(
        rest.post(`${releaseUrl}/transitions`, (_req, res, ctx) =>
          res(ctx.status(409), ctx.json(conflictBody(message))),
        ),
      );

      await expect(
        createClient().transitionRelease(release.id, { to: 'build' }),
      ).rejects.toMatchObject({
        statusCode: 409,
        body: { error: { message } },
      });
    });

    it('records an approval', async () => {
      let body: unknown;
      server.use(
        rest.post(`${releaseUrl}/approvals`, async (req, res, ctx) => {
          body = await req.json();
          return res(ctx.json(release));
        }),
      );

      await createClient().recordApproval(release.id, {
        gate: 'cab',
        decision: 'reject',
        comment: 'No rollback rehearsal',
      });

      expect(body).toEqual({
        gate: 'cab',
        decision: 'reject',
        comment: 'No rollback rehearsal',
      });
    });

    it('throws a 403 when the caller may not approve', async () => {
      server.use(
        rest.post(`${releaseUrl}/approvals`, (_req, res, ctx) =>
          res(
            ctx.status(403),
            ctx.json({
              error: { name: 'NotAllowedError', message: 'Unauthorized' },
              response: { statusCode: 403 },
            }),
          ),
        ),
      );

      await expect(
        createClient().recordApproval(release.id, {
          gate: 'cab',
          decision: 'approve',
        }),
      ).rejects.toMatchObject({ statusCode: 403 });
    });

    it('records test results', async () => {
      let body: unknown;
      server.use(
        rest.post(`${releaseUrl}/test-results`, async (req, res, ctx) => {
          body = await req.json();
          return res(ctx.json(release));
        }),
      );

      await createClient().recordTestResults(release.id, {
        results: [
          { name: 'smoke', environment: 'sit', passed: true },
          { name: 'load', passed: false },
        ],
        revision: 1,
      });

      expect(body).toEqual({
        results: [
          { name: 'smoke', environment: 'sit', passed: true },
          { name: 'load', passed: false },
        ],
        revision: 1,
      });
    });

    it('unwraps the history', async () => {
      const history: HistoryEntry[] = [
        {
          releaseId: release.id,
          revision: 1,
          action: 'created',
          by: 'user:default/alice',
          at: '2026-11-01T09:00:00Z',
          changes: [{ field: 'title', after: 'Payments 2.4' }],
        },
      ];
      server.use(
        rest.get(`${releaseUrl}/history`, (_req, res, ctx) =>
          res(ctx.json({ items: history })),
        ),
      );

      await expect(createClient().getHistory(release.id)).resolves.toEqual(
        history,
      );
    });
  });

  describe('calendar, slots, overrides and feed tokens', () => {
    it('sends the calendar period and repeated filters, and leaves out unset ones', async () => {
      let seen: URL | undefined;
      server.use(
        rest.get(`${baseUrl}/calendar`, (req, res, ctx) => {
          seen = req.url;
          return res(
            ctx.json({
              from: '2026-12-01T00:00:00Z',
              to: '2027-01-01T00:00:00Z',
              events: [],
              conflicts: [],
              truncated: false,
            }),
          );
        }),
      );

      const answer = await createClient().getCalendar({
        from: '2026-12-01T00:00:00Z',
        to: '2027-01-01T00:00:00Z',
        system: ['payments', 'platform'],
        category: ['emergency'],
        conflictsOnly: true,
        owner: [],
      });

      expect(answer.events).toEqual([]);
      expect(seen?.searchParams.getAll('system')).toEqual([
        'payments',
        'platform',
      ]);
      expect(seen?.searchParams.get('category')).toBe('emergency');
      expect(seen?.searchParams.get('conflictsOnly')).toBe('true');
      expect(seen?.searchParams.get('from')).toBe('2026-12-01T00:00:00Z');
      expect(seen?.searchParams.has('owner')).toBe(false);
    });

    it('does not send conflictsOnly when it is false', async () => {
      let seen: URL | undefined;
      server.use(
        rest.get(`${baseUrl}/calendar`, (req, res, ctx) => {
          seen = req.url;
          return res(ctx.json({ events: [], conflicts: [] }));
        }),
      );
      await createClient().getCalendar({ conflictsOnly: false });
      expect(seen?.searchParams.has('conflictsOnly')).toBe(false);
    });

    it('asks for slots with one entityRef parameter per CI and unwraps them', async () => {
      let seen: URL | undefined;
      const slot = {
        start: '2026-12-02T20:00:00Z',
        end: '2026-12-02T22:00:00Z',
      };
      server.use(
        rest.get(`${baseUrl}/slots`, (req, res, ctx) => {
          seen = req.url;
          return res(ctx.json({ items: [slot] }));
        }),
      );

      const slots = await createClient().suggestSlots({
        entityRefs: ['component:default/payments-api', 'resource:default/db'],
        environment: 'production',
        duration: 'PT2H',
        count: 5,
      });

      expect(slots).toEqual([slot]);
      expect(seen?.searchParams.getAll('entityRef')).toEqual([
        'component:default/payments-api',
        'resource:default/db',
      ]);
      expect(seen?.searchParams.get('environment')).toBe('production');
      expect(seen?.searchParams.get('duration')).toBe('PT2H');
      expect(seen?.searchParams.get('count')).toBe('5');
    });

    it('posts a conflict override with the ids, reason and revision', async () => {
      let body: unknown;
      server.use(
        rest.post(
          `${baseUrl}/releases/${release.id}/conflict-overrides`,
          async (req, res, ctx) => {
            body = await req.json();
            return res(ctx.json(release));
          },
        ),
      );

      await createClient().overrideConflicts(release.id, {
        conflictIds: ['c1'],
        reason: 'CAB accepted the risk',
        revision: 3,
      });

      expect(body).toEqual({
        conflictIds: ['c1'],
        reason: 'CAB accepted the risk',
        revision: 3,
      });
    });

    it('lists, creates and revokes feed tokens', async () => {
      const token = {
        id: 't1',
        name: 'Outlook',
        createdAt: '2026-11-20T10:00:00Z',
      };
      let created: unknown;
      let revoked: string | undefined;
      server.use(
        rest.get(`${baseUrl}/feed-tokens`, (_req, res, ctx) =>
          res(ctx.json({ items: [token] })),
        ),
        rest.post(`${baseUrl}/feed-tokens`, async (req, res, ctx) => {
          created = await req.json();
          return res(ctx.status(201), ctx.json({ ...token, token: 's3cret' }));
        }),
        rest.delete(`${baseUrl}/feed-tokens/:id`, (req, res, ctx) => {
          revoked = req.params.id as string;
          return res(ctx.status(204));
        }),
      );
      const client = createClient();

      await expect(client.listFeedTokens()).resolves.toEqual([token]);
      await expect(client.createFeedToken('Outlook')).resolves.toEqual({
        ...token,
        token: 's3cret',
      });
      expect(created).toEqual({ name: 'Outlook' });
      await client.revokeFeedToken('t1');
      expect(revoked).toBe('t1');
    });

    it('throws a ResponseError when a revocation is refused', async () => {
      server.use(
        rest.delete(`${baseUrl}/feed-tokens/:id`, (_req, res, ctx) =>
          res(
            ctx.status(404),
            ctx.json({
              error: { name: 'NotFoundError', message: 'No such token' },
            }),
          ),
        ),
      );
      const error = await createClient()
        .revokeFeedToken('nope')
        .catch(e => e);
      expect(error).toBeInstanceOf(ResponseError);
    });

    it('builds the feed address from the backend base URL, the token, filters and zone', async () => {
      const url = await createClient().getCalendarFeedUrl(
        's3 cret',
        { system: ['payments'], conflictsOnly: true },
        'Europe/London',
      );
      const parsed = new URL(url);
      expect(`${parsed.origin}${parsed.pathname}`).toBe(
        `${baseUrl}/calendar.ics`,
      );
      expect(parsed.searchParams.get('token')).toBe('s3 cret');
      expect(parsed.searchParams.get('system')).toBe('payments');
      expect(parsed.searchParams.get('conflictsOnly')).toBe('true');
      expect(parsed.searchParams.get('tz')).toBe('Europe/London');
    });
  });
});
