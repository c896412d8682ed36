import { ResponseError } from '@backstage/errors';
import {
  MockFetchApi,
  mockApis,
  registerMswTestHooks,
} from '@backstage/test-utils';
import { rest } from 'msw';
import { setupServer } from 'msw/node';
import { makeKpiReport } from '../__testUtils__/kpis';
import { ReleasesClient } from './ReleasesClient';

const baseUrl = 'http://example.com/api/releases';

const inputError = (message: string) => ({
  error: { name: 'InputError', message },
  request: { method: 'GET', url: '/api/releases/kpis' },
  response: { statusCode: 400 },
});

describe('ReleasesClient: KPIs, watches, release notes and distribution lists', () => {
  const server = setupServer();
  registerMswTestHooks(server);

  const createClient = (fetchApi = new MockFetchApi()) =>
    new ReleasesClient({
      discoveryApi: mockApis.discovery({ baseUrl: 'http://example.com' }),
      fetchApi,
    });

  describe('KPIs', () => {
    it('asks for the period and filters, and leaves out those not set', async () => {
      const report = makeKpiReport();
      let seen: URLSearchParams | undefined;
      server.use(
        rest.get(`${baseUrl}/kpis`, (req, res, ctx) => {
          seen = req.url.searchParams;
          return res(ctx.json(report));
        }),
      );

      const result = await createClient().getKpis({
        from: '2026-11-01T00:00:00.000Z',
        to: '2026-11-15T00:00:00.000Z',
        system: 'system:default/payments',
        category: 'emergency',
      });

      expect(result).toEqual(report);
      expect(Object.fromEntries(seen!)).toEqual({
        from: '2026-11-01T00:00:00.000Z',
        to: '2026-11-15T00:00:00.000Z',
        system: 'system:default/payments',
        category: 'emergency',
      });
    });

    it('throws the backend error of a bad period', async () => {
      server.use(
        rest.get(`${baseUrl}/kpis`, (_req, res, ctx) =>
          res(
            ctx.status(400),
            ctx.json(inputError('to: The period must end after it starts')),
          ),
        ),
      );

      const error = await createClient()
        .getKpis({ from: '2026-11-15T00:00:00Z', to: '2026-11-01T00:00:00Z' })
        .catch(e => e);

      expect(error).toBeInstanceOf(ResponseError);
      expect((error as ResponseError).body.error.message).toBe(
        'to: The period must end after it starts',
      );
    });

    it('downloads the CSV with the same query plus format=csv, with the user credentials', async () => {
      let seen: URLSearchParams | undefined;
      let authorization: string | null = null;
      const csv = 'figure,total\nimplemented,12\n';
      server.use(
        rest.get(`${baseUrl}/kpis`, (req, res, ctx) => {
          seen = req.url.searchParams;
          authorization = req.headers.get('authorization');
          return res(
            ctx.set('Content-Type', 'text/csv; charset=utf-8'),
            ctx.set(
              'Content-Disposition',
              'attachment; filename="release-kpis-2026-11-01-2026-11-15.csv"',
            ),
            ctx.body(csv),
          );
        }),
      );

      const file = await createClient(
        new MockFetchApi({ injectIdentityAuth: { token: 'user-token' } }),
      ).exportKpis({
        from: '2026-11-01T00:00:00Z',
        owner: 'group:default/ops',
      });

      expect(Object.fromEntries(seen!)).toEqual({
        from: '2026-11-01T00:00:00Z',
        owner: 'group:default/ops',
        format: 'csv',
      });
      expect(authorization).toBe('Bearer user-token');
      expect(file.fileName).toBe('release-kpis-2026-11-01-2026-11-15.csv');
      expect(await file.content.text()).toBe(csv);
    });

    it('names the download itself when the backend does not', async () => {
      server.use(
        rest.get(`${baseUrl}/kpis`, (_req, res, ctx) =>
          res(ctx.set('Content-Type', 'text/csv'), ctx.body('a,b\n')),
        ),
      );

      const file = await createClient().exportKpis();

      expect(file.fileName).toBe('release-kpis.csv');
    });

    it('throws a ResponseError when the export is refused', async () => {
      server.use(
        rest.get(`${baseUrl}/kpis`, (_req, res, ctx) =>
          res(ctx.status(400), ctx.json(inputError('format: bad'))),
        ),
      );

      await expect(createClient().exportKpis()).rejects.toMatchObject({
        name: 'ResponseError',
        statusCode: 400,
      });
    });
  });

  describe('watches', () => {
    it('lists, adds and removes watches', async () => {
      const calls: string[] = [];
      server.use(
        rest.get(`${baseUrl}/watches`, (_req, res, ctx) =>
          res(
            ctx.json({
              items: [
                {
                  targetRef: 'system:default/payments',
                  createdAt: '2026-11-01T09:00:00Z',
                },
              ],
            }),
          ),
        ),
        rest.put(`${baseUrl}/watches`, async (req, res, ctx) => {
          calls.push(`PUT ${JSON.stringify(await req.json())}`);
          return res(ctx.status(204));
        }),
        rest.delete(`${baseUrl}/watches`, (req, res, ctx) => {
          calls.push(`DELETE ${req.url.searchParams.get('targetRef')}`);
          return res(ctx.status(204));
        }),
      );
      const client = createClient();

      expect(await client.listWatches()).toEqual([
        {
          targetRef: 'system:default/payments',
          createdAt: '2026-11-01T09:00:00Z',
        },
      ]);
      await client.watch('component:default/payments-api');
      await client.unwatch('component:default/payments-api');

      expect(calls).toEqual([
        'PUT {"targetRef":"component:default/payments-api"}',
        'DELETE component:default/payments-api',
      ]);
    });

    it('encodes the target of an unwatch in the query', async () => {
      let rawQuery = '';
      server.use(
        rest.delete(`${baseUrl}/watches`, (req, res, ctx) => {
          rawQuery = req.url.search;
          return res(ctx.status(204));
        }),
      );

      await createClient().unwatch('component:team-a/web&app');

      expect(rawQuery).toBe('?targetRef=component%3Ateam-a%2Fweb%26app');
    });

    it('throws a ResponseError when a watch is refused', async () => {
      server.use(
        rest.put(`${baseUrl}/watches`, (_req, res, ctx) =>
          res(ctx.status(400), ctx.json(inputError('targetRef: bad ref'))),
        ),
      );

      await expect(createClient().watch('nonsense')).rejects.toMatchObject({
        name: 'ResponseError',
        statusCode: 400,
      });
    });
  });

  it('gets the release notes of a release by its encoded id', async () => {
    let path = '';
    server.use(
      rest.get(`${baseUrl}/releases/:id/notes`, (req, res, ctx) => {
        path = req.url.pathname;
        return res(
          ctx.json({
            releaseId: 'a/b',
            markdown: '# Notes',
            generatedAt: '2026-11-01T09:00:00Z',
          }),
        );
      }),
    );

    const notes = await createClient().getReleaseNotes('a/b');

    expect(path).toBe('/api/releases/releases/a%2Fb/notes');
    expect(notes.markdown).toBe('# Notes');
  });

  it('unwraps the distribution lists', async () => {
    server.use(
      rest.get(`${baseUrl}/distribution-lists`, (_req, res, ctx) =>
        res(
          ctx.json({
            items: [{ name: 'cab', members: ['group:default/cab'] }],
          }),
        ),
      ),
    );

    expect(await createClient().listDistributionLists()).toEqual([
      { name: 'cab', members: ['group:default/cab'] },
    ]);
  });
});
