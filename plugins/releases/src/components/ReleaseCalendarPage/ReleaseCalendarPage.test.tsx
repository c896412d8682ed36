import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import {
  CalendarConflict,
  CalendarEvent,
  CalendarResponse,
} from '@stagegate/plugin-releases-common';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLocation } from 'react-router-dom';
import { ReleasesApi, releasesApiRef } from '../../api';
import {
  makeRelease,
  mockReleasesApi,
  permissionApi,
  responseError,
} from '../../__testUtils__/releases';
import { ReleaseCalendarPage } from './ReleaseCalendarPage';

const planned: CalendarEvent = {
  id: 'release:r1:production',
  kind: 'release',
  title: 'Payments API 3.10 with instalments',
  start: '2026-12-01T20:00:00Z',
  end: '2026-12-01T22:00:00Z',
  environment: 'production',
  entityRefs: ['component:default/payments-api'],
  systems: ['payments'],
  owner: 'group:default/payments-team',
  category: 'scheduled',
  status: 'build',
  unitType: 'delta',
  releaseId: 'r1',
  releaseKey: 'REL-2026-0050',
  conflictKeys: ['release:r1:production#ci-overlap:r2:production'],
};

const other: CalendarEvent = {
  ...planned,
  id: 'release:r2:production',
  title: 'Payments API fraud rules',
  start: '2026-12-01T21:00:00Z',
  end: '2026-12-01T23:00:00Z',
  status: 'planning',
  releaseId: 'r2',
  releaseKey: 'REL-2026-0051',
  conflictKeys: ['release:r2:production#ci-overlap:r1:production'],
};

const freeze: CalendarEvent = {
  id: 'window:changewindow:default/year-end-freeze:2026-12-15T05:00:00.000Z',
  kind: 'window',
  title: 'Year-end freeze',
  start: '2026-12-15T05:00:00Z',
  end: '2027-01-05T05:00:00Z',
  environments: ['production'],
  entityRefs: [],
  systems: [],
  windowId: 'changewindow:default/year-end-freeze',
  windowSource: 'catalog',
  windowType: 'blackout',
  enforcement: 'block',
  timezone: 'America/New_York',
  conflictKeys: [],
};

const conflict: CalendarConflict = {
  id: 'ci-overlap:r2:production',
  type: 'ci-overlap',
  severity: 'high',
  enforcement: 'approval',
  itemId: 'r1',
  other: {
    kind: 'release',
    id: 'r2',
    title: 'REL-2026-0051 Payments API fraud rules',
  },
  entityRefs: ['component:default/payments-api'],
  environment: 'production',
  interval: { start: '2026-12-01T21:00:00Z', end: '2026-12-01T22:00:00Z' },
  message:
    'The release "REL-2026-0051 Payments API fraud rules" (r2) also changes component:default/payments-api in production from 2026-12-01 21:00 UTC to 2026-12-01 22:00 UTC',
  key: 'release:r1:production#ci-overlap:r2:production',
  eventId: 'release:r1:production',
  otherEventId: 'release:r2:production',
};

const calendar: CalendarResponse = {
  from: '2026-12-01T00:00:00Z',
  to: '2027-01-01T00:00:00Z',
  events: [planned, other, freeze],
  conflicts: [conflict],
  truncated: false,
};

function Location() {
  const location = useLocation();
  return <output aria-label="location">{location.search}</output>;
}

function renderPage(api: ReleasesApi, search: string) {
  return renderInTestApp(
    <TestApiProvider
      apis={[
        [releasesApiRef, api],
        [permissionApiRef, permissionApi([])],
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

// Rendering the calendar with its menus is slow on a busy machine.
jest.setTimeout(60_000);

const currentSearch = () =>
  new URLSearchParams(screen.getByLabelText('location').textContent ?? '');

describe('ReleaseCalendarPage', () => {
  it('asks for the period and filters of the URL, and shows the zone', async () => {
    const api = mockReleasesApi({
      getCalendar: jest.fn().mockResolvedValue(calendar),
    });

    await renderPage(
      api,
      '?view=agenda&date=2026-12-01&tz=UTC&system=payments&status=build&status=planning&conflictsOnly=true',
    );

    expect(
      screen.getByRole('heading', { level: 1, name: 'Release calendar' }),
    ).toBeInTheDocument();
    expect(screen.getAllByText(/times in UTC/i).length).toBeGreaterThan(0);
    await waitFor(() => expect(api.getCalendar).toHaveBeenCalled());
    expect(api.getCalendar).toHaveBeenLastCalledWith({
      from: '2026-12-01T00:00:00.000Z',
      to: '2027-01-01T00:00:00.000Z',
      system: ['payments'],
      status: ['build', 'planning'],
      conflictsOnly: true,
    });
    expect(await screen.findByText('Clear 4 filters')).toBeInTheDocument();
  });

  it('keeps filter changes in the URL, and asks for the calendar with them', async () => {
    const api = mockReleasesApi({
      getCalendar: jest.fn().mockResolvedValue(calendar),
    });
    await renderPage(api, '?view=agenda&date=2026-12-01&tz=UTC');
    await screen.findAllByText(/Payments API 3.10 with instalments/);

    await userEvent.click(
      screen.getByRole('checkbox', { name: 'Conflicts only' }),
    );
    await userEvent.click(screen.getByRole('button', { name: /^Category/ }));
    await userEvent.click(
      await screen.findByRole('option', { name: 'emergency' }),
    );
    await userEvent.keyboard('{Escape}');

    await waitFor(() =>
      expect(currentSearch().getAll('category')).toEqual(['emergency']),
    );
    const search = currentSearch();
    expect(search.get('conflictsOnly')).toBe('true');
    expect(search.get('view')).toBe('agenda');
    expect(search.get('date')).toBe('2026-12-01');
    expect(search.get('tz')).toBe('UTC');
    await waitFor(() =>
      expect(api.getCalendar).toHaveBeenLastCalledWith(
        expect.objectContaining({
          category: ['emergency'],
          conflictsOnly: true,
        }),
      ),
    );
  });

  it('shows times in the zone chosen, and changes them when another zone is chosen', async () => {
    const api = mockReleasesApi({
      getCalendar: jest.fn().mockResolvedValue(calendar),
    });
    await renderPage(api, '?view=agenda&date=2026-12-01&tz=UTC');
    expect(await screen.findByText(/8:00 PM – 10:00 PM/)).toBeInTheDocument();

    await userEvent.selectOptions(
      screen.getByLabelText('Time zone'),
      'America/New_York',
    );

    expect(await screen.findByText(/3:00 PM – 5:00 PM/)).toBeInTheDocument();
    expect(screen.queryByText(/8:00 PM – 10:00 PM/)).toBeNull();
    expect(
      screen.getAllByText(/times in America\/New_York/i).length,
    ).toBeGreaterThan(0);
    expect(currentSearch().get('tz')).toBe('America/New_York');
    // The conflict panel follows the zone too.
    const panel = screen.getByRole('list', { name: 'Conflicts' });
    expect(
      within(panel).getByText(/production: Dec 1, 2026, 4:00 PM EST/),
    ).toBeInTheDocument();
  });

  it('lists the conflicts of the period with reason, type, severity, enforcement and CIs', async () => {
    const api = mockReleasesApi({
      getCalendar: jest.fn().mockResolvedValue(calendar),
    });
    await renderPage(api, '?view=month&date=2026-12-01&tz=UTC');

    const panel = await screen.findByRole('list', { name: 'Conflicts' });
    expect(screen.getByText('Conflicts (1)')).toBeInTheDocument();
    expect(within(panel).getByText(conflict.message)).toBeInTheDocument();
    expect(
      within(panel).getByText('Same CI at the same time'),
    ).toBeInTheDocument();
    expect(within(panel).getByText('Severity: high')).toBeInTheDocument();
    expect(
      within(panel).getByText('Enforcement: approval (needs approval)'),
    ).toBeInTheDocument();
    expect(within(panel).getByText('payments-api')).toBeInTheDocument();
    expect(
      within(panel).getByRole('button', { name: 'Open REL-2026-0050' }),
    ).toBeInTheDocument();
  });

  it('opens the detail of a release that is clicked, or chosen with the keyboard', async () => {
    const release = makeRelease({
      id: 'r1',
      key: 'REL-2026-0050',
      title: 'Payments API 3.10 with instalments',
    });
    const api = mockReleasesApi({
      getCalendar: jest.fn().mockResolvedValue(calendar),
      getRelease: jest.fn().mockResolvedValue(release),
    });
    await renderPage(api, '?view=agenda&date=2026-12-01&tz=UTC');

    const label = await screen.findByRole('button', {
      name: /^REL-2026-0050 Payments API 3.10 with instalments \(production\), scheduled release, status build, 1 conflict$/,
    });
    await userEvent.click(label);

    const dialog = await screen.findByRole('dialog');
    expect(
      within(dialog).getByText(
        'REL-2026-0050 Payments API 3.10 with instalments',
      ),
    ).toBeInTheDocument();
    await waitFor(() => expect(api.getRelease).toHaveBeenCalledWith('r1'));
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Close' }),
    );
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    const second = screen.getByRole('button', {
      name: /^REL-2026-0051 Payments API fraud rules/,
    });
    second.focus();
    await userEvent.keyboard('{Enter}');
    await screen.findByRole('dialog');
    await waitFor(() => expect(api.getRelease).toHaveBeenCalledWith('r2'));
  });

  it('opens a window occurrence in its own dialog, in both zones', async () => {
    const api = mockReleasesApi({
      getCalendar: jest.fn().mockResolvedValue(calendar),
    });
    await renderPage(api, '?view=agenda&date=2026-12-10&tz=UTC');
    const [freezeLabel] = await screen.findAllByRole('button', {
      name: /^Blackout: Year-end freeze/,
    });
    await userEvent.click(freezeLabel);
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('Blackout window')).toBeInTheDocument();
    expect(within(dialog).getByText('In America/New_York')).toBeInTheDocument();
  });

  it('says so when nothing is scheduled, and when the calendar cannot be loaded', async () => {
    const empty = mockReleasesApi();
    await renderPage(empty, '?view=month&date=2026-12-01');
    expect(
      await screen.findByText('Nothing is scheduled in this period.'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('No conflicts in this period.'),
    ).toBeInTheDocument();
  });

  it('shows the backend error and retries', async () => {
    const api = mockReleasesApi({
      getCalendar: jest
        .fn()
        .mockRejectedValueOnce(
          await responseError(
            400,
            'InputError',
            'The period can span at most 400 days',
          ),
        )
        .mockResolvedValue(calendar),
    });
    await renderPage(api, '?view=month&date=2026-12-01');
    expect(
      await screen.findByText('Error: The calendar could not be loaded'),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Conflicts (1)')).toBeInTheDocument();
  });
});
