import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { Release } from '@stagegate/plugin-releases-common';
import { screen } from '@testing-library/react';
import { ReleasesApi, releasesApiRef } from '../../api';
import { ReleaseCalendarPage } from './ReleaseCalendarPage';
import { mockReleasesApi } from '../../__testUtils__/releases';

const DAY_MS = 24 * 60 * 60 * 1000;

function startOfUtcDay(epochMs: number): number {
  return Math.floor(epochMs / DAY_MS) * DAY_MS;
}

const release: Release = {
  id: 'b5a0f1d2-0000-4000-8000-000000000001',
  key: 'REL-2026-0042',
  title: 'Payments 2.4',
  description: '',
  unitType: 'full',
  category: 'scheduled',
  status: 'approved',
  version: '2.4.0',
  entityRefs: ['component:default/payments'],
  schedule: [
    {
      environment: 'sat',
      start: '2026-12-01T08:00:00Z',
      end: '2026-12-01T10:00:00Z',
      status: 'planned',
    },
    {
      environment: 'production',
      start: '2026-12-03T20:00:00Z',
      end: '2026-12-03T22:00:00Z',
      status: 'planned',
    },
  ],
  revision: 1,
  createdAt: '2026-11-01T09:00:00Z',
  updatedAt: '2026-11-01T09:00:00Z',
  createdBy: 'user:default/alice',
};

function renderPage(api: ReleasesApi) {
  return renderInTestApp(
    <TestApiProvider apis={[[releasesApiRef, api]]}>
      <ReleaseCalendarPage />
    </TestApiProvider>,
  );
}

describe('ReleaseCalendarPage', () => {
  it('shows the release calendar heading and the viewer zone', async () => {
    const api: jest.Mocked<ReleasesApi> = {
      ...mockReleasesApi(),
      listReleases: jest.fn().mockResolvedValue({ items: [] }),
      getCi: jest.fn().mockResolvedValue(undefined),
    };

    await renderPage(api);

    expect(
      screen.getByRole('heading', { level: 1, name: 'Release calendar' }),
    ).toBeInTheDocument();
    const zone = new Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(
      screen.getByText(
        `Forward schedule of changes, next 90 days (times in ${zone})`,
      ),
    ).toBeInTheDocument();
  });

  it('asks for the releases scheduled from the start of today for 90 days', async () => {
    const api: jest.Mocked<ReleasesApi> = {
      ...mockReleasesApi(),
      listReleases: jest.fn().mockResolvedValue({ items: [] }),
      getCi: jest.fn().mockResolvedValue(undefined),
    };

    const todayBefore = startOfUtcDay(Date.now());
    await renderPage(api);
    const todayAfter = startOfUtcDay(Date.now());

    expect(api.listReleases).toHaveBeenCalledTimes(1);
    const request = api.listReleases.mock.calls[0][0]!;
    expect(request.cursor).toBeUndefined();
    expect(request.entityRef).toBeUndefined();
    const from = Date.parse(request.from!);
    const to = Date.parse(request.to!);
    expect([todayBefore, todayAfter]).toContain(from);
    expect(to - from).toBe(90 * DAY_MS);
  });

  it('says nothing is scheduled when the period is empty', async () => {
    const api: jest.Mocked<ReleasesApi> = {
      ...mockReleasesApi(),
      listReleases: jest.fn().mockResolvedValue({ items: [] }),
      getCi: jest.fn().mockResolvedValue(undefined),
    };

    await renderPage(api);

    expect(
      await screen.findByText('Nothing is scheduled in the next 90 days'),
    ).toBeInTheDocument();
  });

  it('lists the scheduled releases with a slot per environment', async () => {
    const api: jest.Mocked<ReleasesApi> = {
      ...mockReleasesApi(),
      listReleases: jest.fn().mockResolvedValue({ items: [release] }),
      getCi: jest.fn().mockResolvedValue(undefined),
    };

    await renderPage(api);

    expect(await screen.findByText('REL-2026-0042')).toBeInTheDocument();
    expect(screen.getByText('Payments 2.4')).toBeInTheDocument();
    expect(screen.getByText(/^sat: Dec 1, 2026/)).toBeInTheDocument();
    expect(screen.getByText(/^production: Dec 3, 2026/)).toBeInTheDocument();
    expect(
      screen.queryByText('Nothing is scheduled in the next 90 days'),
    ).toBeNull();
  });
});
