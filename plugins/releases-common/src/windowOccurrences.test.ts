import {
  MAX_WINDOW_OCCURRENCES,
  currentOrNextOccurrence,
  windowOccurrencesBetween,
} from './windowOccurrences';

const saturdayNightsInLondon = {
  timezone: 'Europe/London',
  rrule: 'FREQ=WEEKLY;BYDAY=SA',
  dtstart: '2026-01-03T22:00',
  duration: 'PT6H',
};

describe('windowOccurrencesBetween', () => {
  it('places a one-off window in its own zone', () => {
    const freeze = {
      timezone: 'America/New_York',
      start: '2026-12-15T00:00',
      end: '2027-01-05T00:00',
    };
    expect(
      windowOccurrencesBetween(
        freeze,
        '2026-12-01T00:00:00Z',
        '2027-02-01T00:00:00Z',
      ),
    ).toEqual([{ start: '2026-12-15T05:00:00Z', end: '2027-01-05T05:00:00Z' }]);
    expect(
      windowOccurrencesBetween(
        freeze,
        '2027-01-05T05:00:00Z',
        '2027-02-01T00:00:00Z',
      ),
    ).toEqual([]);
  });

  it('keeps a recurring window at the same wall-clock time across daylight saving', () => {
    // British Summer Time starts on 29 March 2026: 22:00 in London is 22:00Z before, 21:00Z
    // after. PT6H is six exact hours (RFC 5545), even across the change.
    const found = windowOccurrencesBetween(
      saturdayNightsInLondon,
      '2026-03-20T00:00:00Z',
      '2026-04-05T00:00:00Z',
    );
    expect(found).toEqual([
      { start: '2026-03-21T22:00:00Z', end: '2026-03-22T04:00:00Z' },
      { start: '2026-03-28T22:00:00Z', end: '2026-03-29T04:00:00Z' },
      { start: '2026-04-04T21:00:00Z', end: '2026-04-05T03:00:00Z' },
    ]);
  });

  it('includes an occurrence that began before the period and is still under way', () => {
    const found = windowOccurrencesBetween(
      saturdayNightsInLondon,
      '2026-03-22T01:00:00Z',
      '2026-03-22T02:00:00Z',
    );
    expect(found).toEqual([
      { start: '2026-03-21T22:00:00Z', end: '2026-03-22T04:00:00Z' },
    ]);
  });

  it('treats periods as half-open, so a window ending as the period starts is outside it', () => {
    expect(
      windowOccurrencesBetween(
        saturdayNightsInLondon,
        '2026-03-22T04:00:00Z',
        '2026-03-28T22:00:00Z',
      ),
    ).toEqual([]);
  });

  it('leaves out the dates in exdates', () => {
    const found = windowOccurrencesBetween(
      { ...saturdayNightsInLondon, exdates: ['2026-12-26T22:00'] },
      '2026-12-18T00:00:00Z',
      '2027-01-04T00:00:00Z',
    );
    expect(found.map(o => o.start)).toEqual([
      '2026-12-19T22:00:00Z',
      '2027-01-02T22:00:00Z',
    ]);
  });

  it('stops at the count asked for, and never returns more than the hard limit', () => {
    const everyMinute = {
      timezone: 'UTC',
      rrule: 'FREQ=MINUTELY',
      dtstart: '2026-01-01T00:00',
      duration: 'PT1M',
    };
    expect(
      windowOccurrencesBetween(
        everyMinute,
        '2026-01-01T00:00:00Z',
        '2027-01-01T00:00:00Z',
        { maxCount: 3 },
      ),
    ).toHaveLength(3);
    expect(
      windowOccurrencesBetween(
        everyMinute,
        '2026-01-01T00:00:00Z',
        '2027-01-01T00:00:00Z',
        { maxCount: 10 ** 9 },
      ),
    ).toHaveLength(MAX_WINDOW_OCCURRENCES);
  });

  it('returns nothing for an empty or inverted period', () => {
    expect(
      windowOccurrencesBetween(
        saturdayNightsInLondon,
        '2026-03-22T00:00:00Z',
        '2026-03-21T00:00:00Z',
      ),
    ).toEqual([]);
  });
});

describe('currentOrNextOccurrence', () => {
  it('gives the occurrence under way, or else the next one', () => {
    expect(
      currentOrNextOccurrence(saturdayNightsInLondon, '2026-03-22T01:00:00Z'),
    ).toEqual({ start: '2026-03-21T22:00:00Z', end: '2026-03-22T04:00:00Z' });
    expect(
      currentOrNextOccurrence(saturdayNightsInLondon, '2026-03-22T04:00:00Z'),
    ).toEqual({ start: '2026-03-28T22:00:00Z', end: '2026-03-29T04:00:00Z' });
  });

  it('gives nothing once a one-off window is over', () => {
    expect(
      currentOrNextOccurrence(
        { timezone: 'UTC', start: '2026-01-01T00:00', end: '2026-01-02T00:00' },
        '2026-06-01T00:00:00Z',
      ),
    ).toBeUndefined();
  });
});
