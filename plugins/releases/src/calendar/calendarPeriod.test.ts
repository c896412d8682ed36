import {
  calendarPeriod,
  periodLabel,
  stepDate,
  todayIn,
} from './calendarPeriod';

describe('calendar periods', () => {
  it('covers the whole weeks around a month, Monday first, in the zone shown', () => {
    // December 2026 starts on a Tuesday and ends on a Thursday.
    expect(calendarPeriod('month', '2026-12-10', 'Europe/London')).toEqual({
      from: '2026-11-30T00:00:00.000Z',
      to: '2027-01-04T00:00:00.000Z',
    });
    expect(calendarPeriod('month', '2026-12-10', 'America/New_York')).toEqual({
      from: '2026-11-30T05:00:00.000Z',
      to: '2027-01-04T05:00:00.000Z',
    });
  });

  it('covers one week for the week view and the agenda days from the date', () => {
    expect(calendarPeriod('week', '2026-12-03', 'UTC')).toEqual({
      from: '2026-11-30T00:00:00.000Z',
      to: '2026-12-07T00:00:00.000Z',
    });
    expect(calendarPeriod('agenda', '2026-12-03', 'UTC')).toEqual({
      from: '2026-12-03T00:00:00.000Z',
      to: '2027-01-03T00:00:00.000Z',
    });
  });

  it('steps by a month, a week or the agenda length', () => {
    expect(stepDate('month', '2026-01-31', 1)).toBe('2026-02-28');
    expect(stepDate('timeline', '2026-12-01', -1)).toBe('2026-11-01');
    expect(stepDate('week', '2026-12-01', 1)).toBe('2026-12-08');
    expect(stepDate('agenda', '2026-12-01', 1)).toBe('2026-12-31');
  });

  it('knows today in a zone and labels periods', () => {
    const now = new Date('2026-11-22T23:30:00Z');
    expect(todayIn('UTC', now)).toBe('2026-11-22');
    expect(todayIn('Asia/Tokyo', now)).toBe('2026-11-23');
    expect(periodLabel('month', '2026-12-10')).toMatch(/December 2026/);
    expect(periodLabel('week', '2026-12-03')).toMatch(/Nov 30.*Dec 6/);
  });
});
