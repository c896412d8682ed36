import { CalendarEvent } from '@stagegate/plugin-releases-common';
import { UNASSIGNED_GROUP, timelineData } from './timelineData';

const base: CalendarEvent = {
  id: 'release:r1:production',
  kind: 'release',
  title: 'Payments API 3.10',
  start: '2026-12-01T20:00:00Z',
  end: '2026-12-01T22:00:00Z',
  environment: 'production',
  entityRefs: [
    'component:default/payments-api',
    'resource:default/payments-db',
  ],
  systems: ['payments'],
  category: 'scheduled',
  status: 'build',
  releaseId: 'r1',
  conflictKeys: ['c1'],
};

describe('timelineData', () => {
  const events: CalendarEvent[] = [
    base,
    {
      ...base,
      id: 'change:c9',
      kind: 'change',
      title: 'Rotate certificates',
      entityRefs: ['component:default/api-gateway'],
      systems: ['system:default/platform', 'payments'],
      conflictKeys: [],
    },
    {
      ...base,
      id: 'change:c10',
      kind: 'change',
      title: 'Unknown',
      entityRefs: [],
      systems: [],
      conflictKeys: [],
    },
    {
      ...base,
      id: 'window:year-end:2026-12-15',
      kind: 'window',
      title: 'Year-end freeze',
      windowType: 'blackout',
      entityRefs: [],
      systems: [],
      conflictKeys: [],
    },
  ];

  it('has one row per system, an event on each of its systems, and windows behind every row', () => {
    const { rows, bars } = timelineData(events, 'system', 'UTC');
    expect(rows.map(r => r.id)).toEqual([
      UNASSIGNED_GROUP,
      'payments',
      'system:default/platform',
    ]);
    // Rows are named shortly, and sorted by that name.
    expect(rows.map(r => r.content)).toEqual([
      UNASSIGNED_GROUP,
      'payments',
      'platform',
    ]);
    expect(
      bars.filter(b => b.eventId === 'change:c9').map(b => b.group),
    ).toEqual(['system:default/platform', 'payments']);
    const window = bars.find(b => b.eventId.startsWith('window:'))!;
    expect(window.type).toBe('background');
    expect(window.group).toBeUndefined();
    expect(window.className).toBe('sg-window sg-window-blackout');
  });

  it('has one row per CI, named shortly, when grouped by CI', () => {
    const { rows } = timelineData([base], 'ci', 'UTC');
    expect(rows).toEqual([
      { id: 'component:default/payments-api', content: 'payments-api' },
      { id: 'resource:default/payments-db', content: 'payments-db' },
    ]);
  });

  it('marks conflicts and places bars at wall clock times of the zone', () => {
    const { bars } = timelineData([base], 'system', 'America/New_York');
    expect(bars[0].className).toContain('sg-conflict');
    expect(bars[0].label).toMatch(/^⚠ /);
    expect(bars[0].start.getHours()).toBe(15);
  });

  it('marks a release over its stage time limit', () => {
    const { bars } = timelineData(
      [{ ...base, overdue: true }],
      'system',
      'UTC',
    );
    expect(bars[0].className).toContain('sg-overdue');
    expect(bars[0].description).toMatch(/overdue in its stage$/);
    expect(
      timelineData([base], 'system', 'UTC').bars[0].className,
    ).not.toContain('sg-overdue');
  });
});
