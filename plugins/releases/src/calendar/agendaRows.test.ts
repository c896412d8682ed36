import { CalendarEvent } from '@stagegate/plugin-releases-common';
import { AgendaEventRow, agendaRows, agendaTimeLabel } from './agendaRows';
import { AGENDA_DAYS } from './calendarPeriod';

function event(
  id: string,
  start: string,
  end: string,
  extra: Partial<CalendarEvent> = {},
): CalendarEvent {
  return {
    id,
    kind: 'change',
    title: id,
    start,
    end,
    entityRefs: [],
    systems: [],
    conflictKeys: [],
    ...extra,
  };
}

/** The event rows of the agenda of `events`, and each as "day id". */
function listed(events: CalendarEvent[], date: string, zone: string) {
  const rows = agendaRows(events, date, zone).filter(
    (r): r is AgendaEventRow => r.kind === 'event',
  );
  return { rows, days: rows.map(r => `${r.day} ${r.event.id}`) };
}

describe('agendaRows', () => {
  it('heads each day that has events, in order of start, and skips empty days', () => {
    const rows = agendaRows(
      [
        event('late', '2026-12-02T20:00:00Z', '2026-12-02T21:00:00Z'),
        event('early', '2026-12-02T08:00:00Z', '2026-12-02T09:00:00Z'),
        event('first', '2026-12-01T10:00:00Z', '2026-12-01T11:00:00Z'),
      ],
      '2026-12-01',
      'UTC',
    );
    expect(
      rows.map(r => (r.kind === 'day' ? `${r.day}:${r.count}` : r.event.id)),
    ).toEqual(['2026-12-01:1', 'first', '2026-12-02:2', 'early', 'late']);
    expect(rows[0]).toMatchObject({ label: 'Tue, Dec 1, 2026' });
  });

  it('puts events on the days of the zone shown', () => {
    const late = event('late', '2026-12-02T03:00:00Z', '2026-12-02T04:00:00Z');
    expect(listed([late], '2026-12-01', 'UTC').days).toEqual([
      '2026-12-02 late',
    ]);
    // 22:00 on the evening before, in New York.
    expect(listed([late], '2026-12-01', 'America/New_York').days).toEqual([
      '2026-12-01 late',
    ]);
  });

  it('lists an event on every day it overlaps, half-open, and one of no length on its day', () => {
    const { rows, days } = listed(
      [
        event('overnight', '2026-12-01T22:00:00Z', '2026-12-03T02:00:00Z'),
        event('to-midnight', '2026-12-01T22:00:00Z', '2026-12-02T00:00:00Z'),
        event('instant', '2026-12-02T00:00:00Z', '2026-12-02T00:00:00Z'),
      ],
      '2026-12-01',
      'UTC',
    );
    // By start, then by end.
    expect(days).toEqual([
      '2026-12-01 to-midnight',
      '2026-12-01 overnight',
      '2026-12-02 overnight',
      '2026-12-02 instant',
      '2026-12-03 overnight',
    ]);
    const labels = rows
      .filter(r => r.event.id === 'overnight')
      .map(r => agendaTimeLabel(r, 'UTC'));
    expect(labels[0]).toMatch(/^from 10:00\sPM UTC$/);
    expect(labels[1]).toBe('All day');
    expect(labels[2]).toMatch(/^until 2:00\sAM UTC$/);
  });

  it('keeps to the agenda days, whole days in the zone across a change of the clocks', () => {
    // The days below are those of an agenda of 30 days after the first.
    expect(AGENDA_DAYS).toBe(30);
    // London goes back to GMT on 25 October 2026: that day has 25 hours.
    const { rows, days } = listed(
      [
        event('before', '2026-10-24T22:30:00Z', '2026-10-24T23:00:00Z'),
        event('bst', '2026-10-25T00:30:00Z', '2026-10-25T00:45:00Z'),
        event('gmt', '2026-10-25T23:30:00Z', '2026-10-25T23:45:00Z'),
        // The last day listed, AGENDA_DAYS after the first.
        event('last', '2026-11-24T12:00:00Z', '2026-11-24T13:00:00Z'),
        event('after', '2026-11-25T00:00:00Z', '2026-11-25T01:00:00Z'),
      ],
      '2026-10-25',
      'Europe/London',
    );
    expect(days).toEqual([
      '2026-10-25 bst',
      '2026-10-25 gmt',
      '2026-11-24 last',
    ]);
    expect(agendaTimeLabel(rows[0], 'Europe/London')).toMatch(
      /^1:30\sAM – 1:45\sAM GMT\+1$/,
    );
    expect(agendaTimeLabel(rows[1], 'Europe/London')).toMatch(
      /^11:30\sPM – 11:45\sPM GMT$/,
    );
  });
});
