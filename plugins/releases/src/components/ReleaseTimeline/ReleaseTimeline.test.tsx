import { renderInTestApp } from '@backstage/test-utils';
import { CalendarEvent } from '@stagegate/plugin-releases-common';
import { screen, within } from '@testing-library/react';
import { ReleaseTimeline } from './ReleaseTimeline';

const release: CalendarEvent = {
  id: 'release:r1:production',
  kind: 'release',
  title: 'Payments API 3.10',
  start: '2026-12-01T20:00:00Z',
  end: '2026-12-01T22:00:00Z',
  environment: 'production',
  entityRefs: ['component:default/payments-api'],
  systems: ['payments'],
  category: 'scheduled',
  status: 'build',
  releaseId: 'r1',
  releaseKey: 'REL-2026-0050',
  conflictKeys: ['release:r1:production#c1'],
};

// jsdom lays nothing out, so vis-timeline draws its rows but no bars here; the bars are
// covered by timelineData's tests and by the end-to-end test in a browser.
describe('ReleaseTimeline', () => {
  it('draws one row per system, or per CI', async () => {
    const props = {
      events: [release],
      zone: 'UTC',
      from: '2026-11-30T00:00:00Z',
      to: '2027-01-04T00:00:00Z',
      onOpen: jest.fn(),
    };
    const { rerender } = await renderInTestApp(
      <ReleaseTimeline {...props} grouping="system" />,
    );
    const bySystem = screen.getByRole('region', { name: 'Timeline by system' });
    expect(within(bySystem).getByText('payments')).toBeInTheDocument();

    rerender(<ReleaseTimeline {...props} grouping="ci" />);
    const byCi = screen.getByRole('region', { name: 'Timeline by CI' });
    expect(within(byCi).getByText('payments-api')).toBeInTheDocument();
  });
});
