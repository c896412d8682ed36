import {
  calendarPeriodFrom,
  DEFAULT_CALENDAR_DAYS,
  defaultCalendarPeriod,
} from './calendar';

describe('defaultCalendarPeriod', () => {
  it('starts a week before the start of the UTC day and spans the default days', () => {
    expect(
      defaultCalendarPeriod(new Date('2026-11-22T23:30:00-08:00')),
    ).toEqual({
      from: '2026-11-16T00:00:00.000Z',
      to: '2026-12-28T00:00:00.000Z',
    });
  });
});

describe('calendarPeriodFrom', () => {
  it('spans as many days from a given start as the default period does', () => {
    const period = calendarPeriodFrom(new Date('2027-03-20T09:15:00Z'));
    expect(period.from).toBe('2027-03-20T09:15:00.000Z');
    expect(Date.parse(period.to) - Date.parse(period.from)).toBe(
      DEFAULT_CALENDAR_DAYS * 24 * 3600 * 1000,
    );
  });
});
