import { renderInTestApp } from '@backstage/test-utils';
import { CalendarEvent } from '@stagegate/plugin-releases-common';
import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CONFLICT_OUTLINE } from '../../calendar';
import { CalendarAgenda } from './CalendarAgenda';

const HOUR = 3_600_000;
const FIRST = Date.parse('2026-12-01T00:00:00Z');

/** `count` changes of an hour, one every 20 minutes from the first day; every 10th in conflict. */
function busyMonth(count: number): CalendarEvent[] {
  return Array.from({ length: count }, (_, i) => {
    const start = FIRST + (i * HOUR) / 3;
    return {
      id: `change:c${i}`,
      kind: 'change',
      title: `Change ${i}`,
      start: new Date(start).toISOString(),
      end: new Date(start + HOUR).toISOString(),
      entityRefs: [],
      systems: [],
      conflictKeys: i % 10 === 0 ? [`change:c${i}#ci-overlap:x`] : [],
    };
  });
}

const button = (name: RegExp) => screen.getByRole('button', { name });
const focusedLabel = () => document.activeElement?.getAttribute('aria-label');

describe('CalendarAgenda', () => {
  it('lists days and events in the zone shown, named, coloured and marked', async () => {
    const [first, second] = busyMonth(2);
    const onOpen = jest.fn();
    await renderInTestApp(
      <CalendarAgenda
        events={[
          {
            ...first,
            kind: 'release',
            category: 'emergency',
            status: 'approved',
          },
          second,
        ]}
        date="2026-11-30"
        zone="America/New_York"
        onOpen={onOpen}
      />,
    );

    expect(
      screen.getByRole('list', {
        name: 'Agenda: 2 events, times in America/New_York',
      }),
    ).toBeInTheDocument();
    // Midnight in UTC is the evening before in New York.
    expect(
      screen.getByRole('heading', { name: 'Mon, Nov 30, 2026 · 2 events' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/^7:00\sPM – 8:00\sPM EST$/)).toBeInTheDocument();
    expect(screen.getByText(/^7:20\sPM – 8:20\sPM EST$/)).toBeInTheDocument();

    const conflicted = button(
      /^Change 0, emergency release, status approved, 1 conflict$/,
    );
    expect(conflicted).toHaveTextContent('⚠ Change 0');
    expect(conflicted).toHaveStyle({
      background: '#c62828',
      outline: `3px solid ${CONFLICT_OUTLINE}`,
    });
    await userEvent.click(conflicted);
    expect(onOpen).toHaveBeenCalledWith(
      expect.objectContaining({ id: 'change:c0' }),
    );
  });

  it('draws only the rows on screen of a busy month, and keeps every event reachable by keyboard', async () => {
    const events = busyMonth(2_000);
    const onOpen = jest.fn();
    await renderInTestApp(
      <>
        <CalendarAgenda
          events={events}
          date="2026-12-01"
          zone="UTC"
          onOpen={onOpen}
        />
        <button type="button">After the agenda</button>
      </>,
    );
    const list = screen.getByRole('list', { name: /^Agenda: 2000 events/ });
    expect(within(list).getAllByRole('listitem').length).toBeLessThan(80);
    expect(screen.queryByRole('button', { name: /^Change 1999,/ })).toBeNull();

    // One tab stop: the first event.
    await userEvent.tab();
    expect(focusedLabel()).toBe('Change 0, change, 1 conflict');
    await userEvent.keyboard('{ArrowDown}');
    expect(focusedLabel()).toBe('Change 1, change');
    await userEvent.tab();
    expect(focusedLabel()).toBe('Change 2, change');
    await userEvent.tab({ shift: true });
    expect(focusedLabel()).toBe('Change 1, change');

    // The last event of the month, and the day it is on, drawn on demand.
    await userEvent.keyboard('{End}');
    expect(focusedLabel()).toBe('Change 1999, change');
    await userEvent.keyboard('{PageUp}{ArrowUp}');
    expect(focusedLabel()).toBe('Change 1983, change');
    await userEvent.keyboard('{Enter}');
    expect(onOpen).toHaveBeenLastCalledWith(
      expect.objectContaining({ id: 'change:c1983' }),
    );
    expect(within(list).getAllByRole('listitem').length).toBeLessThan(80);

    // Tab leaves the agenda after its last event.
    await userEvent.keyboard('{End}');
    await userEvent.tab();
    expect(document.activeElement).toHaveTextContent('After the agenda');
  });

  it('draws the rows scrolled to, with the heading of their day on top', async () => {
    await renderInTestApp(
      <CalendarAgenda
        events={busyMonth(2_000)}
        date="2026-12-01"
        zone="UTC"
        onOpen={jest.fn()}
      />,
    );
    const list = screen.getByRole('list', { name: /^Agenda/ });
    const scroller = list.parentElement!;
    // Some 1,000 rows down: 72 events a day, a heading and 72 rows of 32 px a day.
    Object.defineProperty(scroller, 'scrollTop', {
      configurable: true,
      value: 32_000,
    });
    act(() => {
      fireEvent.scroll(scroller);
    });

    expect(
      await screen.findByRole('button', { name: /^Change 975, change$/ }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Change 1,/ })).toBeNull();
    // The heading of the day scrolled to (events 936 to 1007, and two from the evening
    // before) stays on top.
    const heading = within(list).getByRole('heading', {
      name: 'Mon, Dec 14, 2026 · 74 events',
    });
    expect(heading.closest('[role="listitem"]')).toHaveStyle({
      position: 'sticky',
    });
  });
});
