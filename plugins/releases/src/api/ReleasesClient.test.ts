import { ResponseError } from '@backstage/errors';
import {
  MockFetchApi,
  mockApis,
  registerMswTestHooks,
} from '@backstage/test-utils';
import { CiDetail, Page, Release } from '@stagegate/plugin-releases-common';
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
});
