import { renderInTestApp } from '@backstage/test-utils';
import { Release } from '@stagegate/plugin-releases-common';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Settings } from 'luxon';
import { ReleaseListState } from '../../hooks';
import { makeRelease } from '../../__testUtils__/releases';
import { ReleaseHistoryTable } from './ReleaseHistoryTable';

const systemZone = Settings.defaultZone;
beforeEach(() => {
  Settings.defaultZone = 'America/New_York';
});
afterEach(() => {
  Settings.defaultZone = systemZone;
});

function list(
  releases: Release[],
  overrides: Partial<ReleaseListState> = {},
): ReleaseListState {
  return {
    releases,
    loading: false,
    hasMore: false,
    loadMore: jest.fn(),
    reload: jest.fn(),
    ...overrides,
  };
}

const deployed = makeRelease({
  key: 'REL-2026-0030',
  title: 'Payments 2.3',
  version: '2.3.0',
  status: 'closed',
  pirOutcome: { outcome: 'successful', notes: 'Fine' },
  schedule: [
    {
      environment: 'production',
      start: '2026-10-01T20:00:00Z',
      end: '2026-10-01T22:00:00Z',
      actualStart: '2026-10-01T20:15:00Z',
      actualEnd: '2026-10-01T22:40:00Z',
      status: 'done',
    },
  ],
});
const backedOut = makeRelease({
  key: 'REL-2026-0012',
  title: 'Payments 2.10',
  version: '2.10.0',
  unitType: 'full',
  category: 'emergency',
  status: 'backed_out',
  schedule: [
    {
      environment: 'production',
      start: '2026-09-01T20:00:00Z',
      end: '2026-09-01T22:00:00Z',
      status: 'planned',
    },
  ],
});

const rowTexts = () =>
  screen
    .getAllByRole('row')
    .map(row => row.textContent ?? '')
    .filter(text => text.startsWith('REL-'));

describe('ReleaseHistoryTable', () => {
  it('shows version, type, category, outcome, planned vs actual, backout and PIR', async () => {
    const onOpen = jest.fn();
    await renderInTestApp(
      <ReleaseHistoryTable
        list={list([deployed, backedOut])}
        entityName="Payments"
        onOpen={onOpen}
      />,
    );

    const row = screen
      .getByRole('button', { name: 'REL-2026-0030 Payments 2.3' })
      .closest('tr')!;
    expect(within(row).getByText('2.3.0')).toBeInTheDocument();
    expect(within(row).getByText('Delta')).toBeInTheDocument();
    expect(within(row).getByText('Scheduled')).toBeInTheDocument();
    expect(within(row).getByText('closed')).toBeInTheDocument();
    expect(
      within(row).getByText(
        /^production: Oct 1, 2026, 4:00 PM EDT – Oct 1, 2026, 6:00 PM EDT$/,
      ),
    ).toBeInTheDocument();
    expect(
      within(row).getByText(
        /^Actual: Oct 1, 2026, 4:15 PM EDT – Oct 1, 2026, 6:40 PM EDT \(done\)$/,
      ),
    ).toBeInTheDocument();
    expect(within(row).getByText('no')).toBeInTheDocument();
    expect(within(row).getByText('successful')).toBeInTheDocument();

    const other = screen
      .getByRole('button', { name: 'REL-2026-0012 Payments 2.10' })
      .closest('tr')!;
    expect(within(other).getByText('backed out')).toBeInTheDocument();
    expect(within(other).getByText('yes')).toBeInTheDocument();
    expect(within(other).getByText('none')).toBeInTheDocument();
    expect(
      within(other).getByText('Actual: not recorded (planned)'),
    ).toBeInTheDocument();
    expect(screen.getByText('Times in America/New_York')).toBeInTheDocument();

    await userEvent.click(
      screen.getByRole('button', { name: 'REL-2026-0030 Payments 2.3' }),
    );
    expect(onOpen).toHaveBeenCalledWith(
      expect.objectContaining({ id: deployed.id }),
    );
  });

  it.each([
    // 2.3.0 comes before 2.10.0 in numeric order.
    ['Version', 'REL-2026-0030', 'REL-2026-0012'],
    // The September slot comes before the October one.
    ['Planned vs actual', 'REL-2026-0012', 'REL-2026-0030'],
    ['Backout', 'REL-2026-0030', 'REL-2026-0012'],
    ['PIR', 'REL-2026-0012', 'REL-2026-0030'],
  ])('sorts by %s, both ways', async (column, first, last) => {
    await renderInTestApp(
      <ReleaseHistoryTable
        list={list([deployed, backedOut])}
        entityName="Payments"
        onOpen={jest.fn()}
      />,
    );

    await userEvent.click(screen.getByText(column));
    expect(rowTexts()[0]).toContain(first);
    await userEvent.click(screen.getByText(column));
    expect(rowTexts()[0]).toContain(last);
  });

  it('pages through the loaded releases and loads more', async () => {
    const many = Array.from({ length: 12 }, (_, i) =>
      makeRelease({
        key: `REL-2026-${String(100 + i)}`,
        title: `Release ${i}`,
        status: 'closed',
      }),
    );
    const loadMore = jest.fn();
    await renderInTestApp(
      <ReleaseHistoryTable
        list={list(many, { hasMore: true, loadMore })}
        entityName="Payments"
        onOpen={jest.fn()}
      />,
    );

    expect(rowTexts()).toHaveLength(10);
    await userEvent.click(screen.getByRole('button', { name: 'Next Page' }));
    expect(rowTexts()).toHaveLength(2);

    await userEvent.click(
      screen.getByRole('button', { name: 'Load more history' }),
    );
    expect(loadMore).toHaveBeenCalled();
  });

  it('says so when there is no history', async () => {
    await renderInTestApp(
      <ReleaseHistoryTable
        list={list([])}
        entityName="Payments"
        onOpen={jest.fn()}
      />,
    );

    expect(
      screen.getByText('Payments has no release history yet'),
    ).toBeInTheDocument();
  });
});
