import { renderInTestApp } from '@backstage/test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { CalendarConflict } from '@stagegate/plugin-releases-common';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ConflictPanel } from './ConflictPanel';

function conflict(i: number, enforcement: 'warn' | 'block'): CalendarConflict {
  return {
    id: `ci-overlap:x${i}:production`,
    key: `release:r${i}:production#ci-overlap:x${i}:production`,
    type: 'ci-overlap',
    severity: 'medium',
    enforcement,
    itemId: `r${i}`,
    other: { kind: 'release', id: `x${i}`, title: `Other release ${i}` },
    entityRefs: [`component:default/service-${i}`],
    environment: 'production',
    interval: { start: '2026-12-01T20:00:00Z', end: '2026-12-01T21:00:00Z' },
    message: `Conflict number ${i}`,
    eventId: `release:r${i}:production`,
  };
}

describe('ConflictPanel', () => {
  it('shows the first 20 conflicts of a busy period, blocking ones first, and all on demand', async () => {
    // The one blocking conflict comes last in the answer.
    const conflicts = Array.from({ length: 25 }, (_, i) =>
      conflict(i, i === 24 ? 'block' : 'warn'),
    );
    await renderInTestApp(
      <ConflictPanel
        conflicts={conflicts}
        events={[]}
        zone="UTC"
        onOpen={jest.fn()}
      />,
      { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
    );

    expect(screen.getByText('Conflicts (25)')).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Conflicts' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(20);
    expect(items[0]).toHaveTextContent('Conflict number 24');
    expect(screen.queryByText('Conflict number 19')).toBeNull();

    await userEvent.click(
      screen.getByRole('button', { name: 'Show all 25 conflicts' }),
    );
    expect(within(list).getAllByRole('listitem')).toHaveLength(25);
    expect(screen.getByText('Conflict number 19')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Show all/ })).toBeNull();
  });
});
