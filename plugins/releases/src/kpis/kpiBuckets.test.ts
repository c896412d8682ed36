import { bucketLabel, bucketRows } from './kpiBuckets';

const figures = { implemented: 1 } as never;

describe('KPI bucket labels', () => {
  it('names a week and a month by their first day in the zone they were counted in', () => {
    // Monday 2 November 2026, 00:00 in Sydney (+11:00), is still Sunday in UTC.
    const week = {
      start: '2026-11-01T13:00:00Z',
      end: '2026-11-08T13:00:00Z',
      figures,
    };
    expect(bucketLabel(week, 'week', 'Australia/Sydney')).toBe(
      'Week of 2 Nov 2026',
    );
    expect(bucketLabel(week, 'week', 'UTC')).toBe('Week of 1 Nov 2026');
    const month = {
      start: '2026-10-31T13:00:00Z',
      end: '2026-11-30T13:00:00Z',
      figures,
    };
    expect(bucketLabel(month, 'month', 'Australia/Sydney')).toBe('Nov 2026');
    expect(
      bucketRows([month], 'month', 'Australia/Sydney').map(row => row.label),
    ).toEqual(['Nov 2026']);
  });
});
