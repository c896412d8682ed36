import { Entity } from '@backstage/catalog-model';
import {
  MockFetchApi,
  TestApiProvider,
  mockApis,
  registerMswTestHooks,
  renderInTestApp,
} from '@backstage/test-utils';
import { catalogApiRef, entityRouteRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import { KpiReport } from '@stagegate/plugin-releases-common';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { rest } from 'msw';
import { setupServer } from 'msw/node';
import { useLocation } from 'react-router-dom';
import { ReleasesClient, releasesApiRef } from '../../api';
import { makeFigures, makeKpiReport } from '../../__testUtils__/kpis';
import { permissionApi } from '../../__testUtils__/releases';
import { ReleaseCalendarPage } from '../ReleaseCalendarPage';

const kpisUrl = 'http://example.com/api/releases/kpis';

const entity = (kind: string, name: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind,
  metadata: { name, namespace: 'default' },
  spec: {},
});

function Location() {
  const location = useLocation();
  return <output aria-label="location">{location.search}</output>;
}

const currentSearch = () =>
  new URLSearchParams(screen.getByLabelText('location').textContent ?? '');

// Charts and tables of a whole report take a while to render on a busy machine.
jest.setTimeout(60_000);

describe('KPI view', () => {
  const server = setupServer();
  registerMswTestHooks(server);
  let requests: URLSearchParams[];

  /** Answers KPI requests with `report` (JSON) and records what was asked. */
  function serveKpis(
    report: KpiReport | ((query: URLSearchParams) => KpiReport),
  ) {
    server.use(
      rest.get(kpisUrl, (req, res, ctx) => {
        const query = req.url.searchParams;
        requests.push(query);
        if (query.get('format') === 'csv') {
          return res(
            ctx.set('Content-Type', 'text/csv'),
            ctx.set(
              'Content-Disposition',
              'attachment; filename="release-kpis-2026-11.csv"',
            ),
            ctx.body('figure,total\nimplemented,12\n'),
          );
        }
        return res(
          ctx.json(typeof report === 'function' ? report(query) : report),
        );
      }),
    );
  }

  beforeEach(() => {
    requests = [];
  });

  const jsonRequests = () => requests.filter(q => q.get('format') !== 'csv');

  function renderKpis(search: string) {
    const client = new ReleasesClient({
      discoveryApi: mockApis.discovery({ baseUrl: 'http://example.com' }),
      fetchApi: new MockFetchApi(),
    });
    return renderInTestApp(
      <TestApiProvider
        apis={[
          [releasesApiRef, client],
          [permissionApiRef, permissionApi([])],
          [
            catalogApiRef,
            catalogApiMock({
              entities: [
                entity('System', 'payments'),
                entity('System', 'billing'),
                entity('Group', 'payments-team'),
                entity('Component', 'payments-api'),
              ],
            }),
          ],
        ]}
      >
        <ReleaseCalendarPage />
        <Location />
      </TestApiProvider>,
      {
        routeEntries: [`/releases${search}`],
        mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
      },
    );
  }

  it('asks for the days of the URL in the zone shown, and shows charts and tables of the figures', async () => {
    serveKpis(makeKpiReport());
    await renderKpis(
      '?tab=kpis&from=2026-11-01&to=2026-11-14&tz=Europe/Berlin',
    );

    const totals = await screen.findByRole('table', { name: 'KPI totals' });
    expect(Object.fromEntries(jsonRequests()[0])).toEqual({
      from: '2026-10-31T23:00:00.000Z',
      to: '2026-11-14T23:00:00.000Z',
      tz: 'Europe/Berlin',
    });
    expect(screen.getByRole('tab', { name: 'KPIs' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    expect(
      screen.getByText(/Days, weeks and months in Europe\/Berlin/),
    ).toBeInTheDocument();

    // Every figure's total, with its definition.
    const row = (name: string) =>
      within(within(totals).getByRole('rowheader', { name }).closest('tr')!);
    expect(row('Implemented').getByText('12')).toBeInTheDocument();
    expect(
      row('Conflicts caught before CAB').getByText('11'),
    ).toBeInTheDocument();
    expect(row('Backout %').getByText('16.7 %')).toBeInTheDocument();
    expect(
      row('Bypassing change management').getByText(
        'Reported deployments in the period that no approved release covered.',
      ),
    ).toBeInTheDocument();

    // The weekly figures, by UTC week.
    const weekly = screen.getByRole('table', { name: 'KPIs per week' });
    const week = within(
      within(weekly)
        .getByRole('rowheader', { name: 'Week of 2 Nov 2026' })
        .closest('tr')!,
    );
    expect(
      week
        .getAllByRole('cell')
        .map(cell => cell.textContent)
        .slice(0, 3),
    ).toEqual(['7', '1', '1']);

    // Trends and breakdowns are drawn.
    for (const name of [
      'Releases per week',
      'Major and minor releases per week',
      'Time to implement by unit type',
      'Time to implement by category',
    ]) {
      const figure = screen.getByRole('figure', { name });
      expect(figure.querySelector('svg')).not.toBeNull();
    }
    const trends = screen.getByRole('figure', { name: 'Releases per week' });
    expect(within(trends).getByText('Implemented')).toBeInTheDocument();
    expect(within(trends).getByText('Backed out')).toBeInTheDocument();
    expect(trends.querySelectorAll('.recharts-line')).toHaveLength(5);

    const breakdown = screen.getByRole('table', { name: 'Time to implement' });
    const delta = within(
      within(breakdown)
        .getByRole('rowheader', { name: 'Unit type: Delta' })
        .closest('tr')!,
    );
    expect(delta.getAllByRole('cell').map(cell => cell.textContent)).toEqual([
      '9',
      '70.5 h',
      '20 h',
      '160 h',
    ]);
  });

  it('switches the trends to months, and keeps the choice in the URL', async () => {
    serveKpis(makeKpiReport());
    await renderKpis('?tab=kpis&from=2026-11-01&to=2026-11-14&tz=UTC');
    await screen.findByRole('figure', { name: 'Releases per week' });

    await userEvent.click(screen.getByRole('button', { name: 'Per month' }));

    expect(
      screen.getByRole('figure', { name: 'Releases per month' }),
    ).toBeInTheDocument();
    const monthly = screen.getByRole('table', { name: 'KPIs per month' });
    expect(
      within(monthly).getByRole('rowheader', { name: 'Nov 2026' }),
    ).toBeInTheDocument();
    expect(currentSearch().get('bucket')).toBe('month');
  });

  it('shows a progress bar while the KPIs load', async () => {
    server.use(
      rest.get(kpisUrl, (_req, res, ctx) => res(ctx.delay('infinite'))),
    );
    await renderKpis('?tab=kpis&from=2026-11-01&to=2026-11-14&tz=UTC');

    expect(await screen.findByRole('progressbar')).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'KPI totals' })).toBeNull();
  });

  it('says so instead of drawing empty charts when nothing was implemented', async () => {
    serveKpis(
      makeKpiReport({
        totals: makeFigures({ unauthorizedImplementations: 2 }),
        weekly: [],
        monthly: [],
        timeToImplement: [],
      }),
    );
    await renderKpis(
      '?tab=kpis&from=2026-11-01&to=2026-11-14&tz=UTC&category=emergency',
    );

    expect(
      await screen.findByText(
        /No releases were implemented in this period that match the filters/,
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('figure')).toBeNull();
    // What did happen is still told.
    const totals = screen.getByRole('table', { name: 'KPI totals' });
    const row = within(
      within(totals)
        .getByRole('rowheader', { name: 'Bypassing change management' })
        .closest('tr')!,
    );
    expect(row.getByText('2')).toBeInTheDocument();
  });

  it('asks again with the filters chosen, and keeps them in the URL', async () => {
    // Only the requests matter here; a report without buckets draws quickly.
    serveKpis(makeKpiReport({ weekly: [], monthly: [], timeToImplement: [] }));
    await renderKpis('?tab=kpis&from=2026-11-01&to=2026-11-14&tz=UTC');
    await screen.findByRole('table', { name: 'KPI totals' });
    // The systems and groups of the catalog are offered.
    await screen.findByRole('option', { name: 'billing' });

    await userEvent.selectOptions(screen.getByLabelText('System'), 'payments');
    await userEvent.selectOptions(
      screen.getByLabelText('Owner'),
      'payments-team',
    );
    await userEvent.selectOptions(
      screen.getByLabelText('Category'),
      'emergency',
    );

    await waitFor(() =>
      expect(Object.fromEntries(jsonRequests().at(-1)!)).toEqual({
        from: '2026-11-01T00:00:00.000Z',
        to: '2026-11-15T00:00:00.000Z',
        system: 'system:default/payments',
        owner: 'group:default/payments-team',
        category: 'emergency',
        tz: 'UTC',
      }),
    );
    const search = currentSearch();
    expect(search.get('tab')).toBe('kpis');
    expect(search.get('system')).toBe('system:default/payments');
    expect(search.get('category')).toBe('emergency');

    await userEvent.click(
      screen.getByRole('button', { name: 'Clear 3 filters' }),
    );
    await waitFor(() =>
      expect([...jsonRequests().at(-1)!.keys()]).toEqual(['from', 'to', 'tz']),
    );
  }, 120_000);

  it('asks for another period when the days change, and refuses a period that ends before it starts', async () => {
    serveKpis(makeKpiReport({ weekly: [], monthly: [], timeToImplement: [] }));
    await renderKpis('?tab=kpis&from=2026-11-01&to=2026-11-14&tz=UTC');
    await screen.findByRole('table', { name: 'KPI totals' });
    const asked = jsonRequests().length;

    const to = screen.getByLabelText('Last day');
    // A date field takes a whole date at once, as a date picker sets it.
    fireEvent.change(to, { target: { value: '2026-10-20' } });

    expect(
      await screen.findByText('The last day must not be before the first day.'),
    ).toBeInTheDocument();
    expect(jsonRequests()).toHaveLength(asked);
    expect(screen.getByRole('button', { name: 'Export CSV' })).toBeDisabled();

    fireEvent.change(to, { target: { value: '2026-11-30' } });
    await waitFor(() =>
      expect(jsonRequests().at(-1)!.get('to')).toBe('2026-12-01T00:00:00.000Z'),
    );
    expect(currentSearch().get('to')).toBe('2026-11-30');
  });

  it('downloads the CSV of the period and filters shown', async () => {
    serveKpis(makeKpiReport());
    const createObjectURL = jest.fn((_blob: Blob) => 'blob:kpis');
    const revokeObjectURL = jest.fn();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    const downloads: Array<{ href: string; download: string }> = [];
    const click = jest
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(function record(this: HTMLAnchorElement) {
        downloads.push({ href: this.href, download: this.download });
      });
    try {
      await renderKpis(
        '?tab=kpis&from=2026-11-01&to=2026-11-14&tz=UTC&system=system:default/payments',
      );
      await screen.findByRole('table', { name: 'KPI totals' });

      await userEvent.click(screen.getByRole('button', { name: 'Export CSV' }));

      await waitFor(() => expect(downloads).toHaveLength(1));
      const csv = requests.find(q => q.get('format') === 'csv')!;
      expect(Object.fromEntries(csv)).toEqual({
        from: '2026-11-01T00:00:00.000Z',
        to: '2026-11-15T00:00:00.000Z',
        system: 'system:default/payments',
        tz: 'UTC',
        format: 'csv',
      });
      expect(downloads[0]).toEqual({
        href: 'blob:kpis',
        download: 'release-kpis-2026-11.csv',
      });
      expect(await createObjectURL.mock.calls[0][0].text()).toBe(
        'figure,total\nimplemented,12\n',
      );
      await waitFor(() =>
        expect(revokeObjectURL).toHaveBeenCalledWith('blob:kpis'),
      );
    } finally {
      click.mockRestore();
    }
  });

  it('shows why the export failed', async () => {
    serveKpis(makeKpiReport());
    await renderKpis('?tab=kpis&from=2026-11-01&to=2026-11-14&tz=UTC');
    await screen.findByRole('table', { name: 'KPI totals' });
    server.use(
      rest.get(kpisUrl, (_req, res, ctx) =>
        res(
          ctx.status(503),
          ctx.json({
            error: {
              name: 'ServiceUnavailableError',
              message: 'Database is down',
            },
            response: { statusCode: 503 },
          }),
        ),
      ),
    );

    await userEvent.click(screen.getByRole('button', { name: 'Export CSV' }));

    expect(
      await screen.findByText('Error: The export failed'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Export CSV' })).toBeEnabled();
  });

  it('shows the backend error and tries again', async () => {
    let calls = 0;
    server.use(
      rest.get(kpisUrl, (_req, res, ctx) => {
        calls += 1;
        if (calls === 1) {
          return res(
            ctx.status(400),
            ctx.json({
              error: {
                name: 'InputError',
                message: 'from: The period can span at most 731 days',
              },
              response: { statusCode: 400 },
            }),
          );
        }
        return res(ctx.json(makeKpiReport()));
      }),
    );
    await renderKpis('?tab=kpis&from=2026-11-01&to=2026-11-14&tz=UTC');

    expect(
      await screen.findByText('Error: The KPIs could not be loaded'),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(
      await screen.findByRole('table', { name: 'KPI totals' }),
    ).toBeInTheDocument();
  });

  it('opens from the calendar tab with the keyboard, keeping the zone, and goes back', async () => {
    serveKpis(makeKpiReport());
    server.use(
      rest.get('http://example.com/api/releases/calendar', (_req, res, ctx) =>
        res(
          ctx.json({
            from: '2026-11-01T00:00:00Z',
            to: '2026-12-01T00:00:00Z',
            events: [],
            conflicts: [],
            truncated: false,
          }),
        ),
      ),
    );
    await renderKpis('?view=month&date=2026-11-10&tz=Asia/Tokyo');
    await screen.findByText('Nothing is scheduled in this period.');

    const tab = screen.getByRole('tab', { name: 'KPIs' });
    tab.focus();
    await userEvent.keyboard('{Enter}');

    await screen.findByRole('table', { name: 'KPI totals' });
    expect(currentSearch().get('tab')).toBe('kpis');
    expect(currentSearch().get('tz')).toBe('Asia/Tokyo');
    // The default period: the 90 days that end today in the zone shown.
    const asked = jsonRequests()[0];
    const days =
      (Date.parse(asked.get('to')!) - Date.parse(asked.get('from')!)) /
      86_400_000;
    expect(days).toBe(90);

    await userEvent.click(screen.getByRole('tab', { name: 'Calendar' }));
    expect(
      await screen.findByText('Nothing is scheduled in this period.'),
    ).toBeInTheDocument();
    expect(currentSearch().get('tab')).toBeNull();
  });
});
