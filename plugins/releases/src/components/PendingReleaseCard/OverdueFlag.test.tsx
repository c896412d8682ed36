import { screen } from '@testing-library/react';
import { Settings } from 'luxon';
import { makeRelease, mockReleasesApi } from '../../__testUtils__/releases';
import { renderPendingReleaseCard } from '../../__testUtils__/renderPendingReleaseCard';

const systemZone = Settings.defaultZone;
beforeEach(() => {
  Settings.defaultZone = 'America/New_York';
});
afterEach(() => {
  Settings.defaultZone = systemZone;
});

describe('PendingReleaseCard overdue flag', () => {
  it('says in which stage the release is overdue, since when in the viewer zone, and the limit', async () => {
    const release = makeRelease({
      status: 'test',
      stageEnteredAt: '2026-11-01T09:00:00Z',
      overdue: {
        status: 'test',
        enteredAt: '2026-11-01T09:00:00Z',
        limit: 'P14D',
        dueAt: '2026-11-15T09:00:00Z',
      },
    });

    await renderPendingReleaseCard(release, { api: mockReleasesApi() });

    expect(
      await screen.findByText(
        'Overdue in test since Nov 15, 2026, 4:00 AM EST (limit P14D)',
      ),
    ).toBeInTheDocument();
  });

  it('shows no flag for a release within its limit', async () => {
    await renderPendingReleaseCard(makeRelease({ status: 'test' }), {
      api: mockReleasesApi(),
    });

    expect(await screen.findByText('Payments 2.4')).toBeInTheDocument();
    expect(screen.queryByText(/^Overdue/)).toBeNull();
  });
});
