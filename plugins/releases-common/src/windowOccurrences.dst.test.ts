import { Settings } from 'luxon';
import {
  DST_ROWS,
  iso,
  pinLuxonClock,
  plusDays,
} from './__testUtils__/dstTransitions';
import { windowOccurrencesBetween } from './windowOccurrences';

const HOUR = 3_600_000;

/** Server dates with opposite daylight-saving states, in both hemispheres. */
const SERVER_CLOCKS = ['2026-01-15T12:00:00Z', '2026-07-15T12:00:00Z'];

/** Every zone, change and local window time, with the instants expected around the change. */
const ROWS = DST_ROWS;

const occurrence = (start: number, hours = 1) => ({
  start: iso(start),
  end: iso(start + hours * HOUR),
});

describe.each(SERVER_CLOCKS)(
  'windowOccurrencesBetween around DST changes, on a server whose clock says %s',
  clock => {
    pinLuxonClock(clock);

    test.each(ROWS)(
      'daily at $time in $zone, $kind on $date ($expected.where)',
      ({ zone, time, expected }) => {
        const found = windowOccurrencesBetween(
          {
            timezone: zone,
            rrule: 'FREQ=DAILY',
            dtstart: `2026-01-01T${time}`,
            duration: 'PT1H',
          },
          iso(expected.dayBefore),
          iso(expected.dayAfter + 1),
        );
        // One occurrence a day, also on the day a time is lived twice, each one real hour long.
        expect(found).toHaveLength(3);
        const [before, onDay, after] = found;
        expect(before).toEqual(occurrence(expected.dayBefore));
        expect(after).toEqual(occurrence(expected.dayAfter));
        // A time lived twice may stand for either instant; any other for exactly one.
        const starts = [expected.onDay].flat();
        expect(starts.map(start => occurrence(start))).toContainEqual(onDay);
      },
    );

    test.each(ROWS)(
      'one-off from $time on $date to $time the next day in $zone ($expected.where)',
      ({ zone, date, time, expected }) => {
        const found = windowOccurrencesBetween(
          {
            timezone: zone,
            start: `${date}T${time}`,
            end: `${plusDays(date, 1)}T${time}`,
          },
          iso(expected.dayBefore),
          iso(expected.dayAfter + HOUR),
        );
        expect(found).toHaveLength(1);
        // The end is wall-clock: the same local time a day later, 23 to 25 real hours on.
        expect(found[0].end).toBe(iso(expected.dayAfter));
        const starts = [expected.onDay].flat();
        expect(starts.map(iso)).toContain(found[0].start);
      },
    );
  },
);

describe('windowOccurrencesBetween: DST behaviours spelled out', () => {
  const firstOf = (timing: Parameters<typeof windowOccurrencesBetween>[0]) =>
    windowOccurrencesBetween(
      timing,
      '2026-01-01T00:00:00Z',
      '2028-01-01T00:00:00Z',
      { maxCount: 1 },
    )[0];

  test.each([
    [
      'New York 02:30 on 8 March 2026 does not exist: read as 02:30 EST, it is 03:30 EDT',
      'America/New_York',
      '2026-03-08T02:30',
      '2026-03-08T07:30:00Z',
    ],
    [
      'London 01:30 on 29 March 2026 does not exist: read as 01:30 GMT, it is 02:30 BST',
      'Europe/London',
      '2026-03-29T01:30',
      '2026-03-29T01:30:00Z',
    ],
    [
      'London 02:30 that morning is 02:30 BST, the same instant as the skipped 01:30',
      'Europe/London',
      '2026-03-29T02:30',
      '2026-03-29T01:30:00Z',
    ],
    [
      'Sydney 02:30 on 4 October 2026 does not exist: read as 02:30 AEST, it is 03:30 AEDT',
      'Australia/Sydney',
      '2026-10-04T02:30',
      '2026-10-03T16:30:00Z',
    ],
    [
      'Lord Howe 02:15 on 4 October 2026 is inside its 30-minute gap: it moves 30 minutes on, to 02:45 +11:00',
      'Australia/Lord_Howe',
      '2026-10-04T02:15',
      '2026-10-03T15:45:00Z',
    ],
    [
      'Lord Howe 02:30 that morning is the first instant after the gap',
      'Australia/Lord_Howe',
      '2026-10-04T02:30',
      '2026-10-03T15:30:00Z',
    ],
  ])('%s', (_, timezone, local, expected) => {
    const end = `${local.slice(0, 10)}T23:59`;
    expect(firstOf({ timezone, start: local, end }).start).toBe(expected);
    expect(
      firstOf({
        timezone,
        rrule: 'FREQ=DAILY',
        dtstart: local,
        duration: 'PT1H',
      }).start,
    ).toBe(expected);
  });

  const london = { timezone: 'Europe/London', rrule: 'FREQ=DAILY' };
  const newYork = { timezone: 'America/New_York' };
  const lordHowe = { timezone: 'Australia/Lord_Howe' };
  test.each([
    [
      'PT4H from 23:30 GMT on the night clocks go forward is 4 real hours, ending at 04:30 BST',
      { ...london, dtstart: '2026-03-28T23:30', duration: 'PT4H' },
      '2026-03-28T23:30:00Z',
      '2026-03-29T03:30:00Z',
    ],
    [
      'P1D from 23:30 GMT that night is a calendar day, ending at 23:30 BST, 23 real hours on',
      { ...london, dtstart: '2026-03-28T23:30', duration: 'P1D' },
      '2026-03-28T23:30:00Z',
      '2026-03-29T22:30:00Z',
    ],
    [
      'PT24H from 23:30 GMT that night is 24 real hours, ending at 00:30 BST',
      { ...london, dtstart: '2026-03-28T23:30', duration: 'PT24H' },
      '2026-03-28T23:30:00Z',
      '2026-03-29T23:30:00Z',
    ],
    [
      'P1D from 23:30 BST on the night clocks go back is 25 real hours',
      { ...london, dtstart: '2026-10-24T23:30', duration: 'P1D' },
      '2026-10-24T22:30:00Z',
      '2026-10-25T23:30:00Z',
    ],
    [
      'PT2H from 00:30 EDT on the night clocks go back ends at 01:30 EST, one wall-clock hour on',
      {
        ...newYork,
        rrule: 'FREQ=DAILY',
        dtstart: '2026-11-01T00:30',
        duration: 'PT2H',
      },
      '2026-11-01T04:30:00Z',
      '2026-11-01T06:30:00Z',
    ],
    [
      'a one-off window from 00:00 to 03:00 in New York is 4 real hours on the night clocks go back',
      { ...newYork, start: '2026-11-01T00:00', end: '2026-11-01T03:00' },
      '2026-11-01T04:00:00Z',
      '2026-11-01T08:00:00Z',
    ],
    [
      'and 2 real hours on the night they go forward',
      { ...newYork, start: '2026-03-08T00:00', end: '2026-03-08T03:00' },
      '2026-03-08T05:00:00Z',
      '2026-03-08T07:00:00Z',
    ],
    [
      'a day on Lord Howe Island is 23.5 real hours when clocks go forward',
      { ...lordHowe, start: '2026-10-04T00:00', end: '2026-10-05T00:00' },
      '2026-10-03T13:30:00Z',
      '2026-10-04T13:00:00Z',
    ],
    [
      'and 24.5 real hours when they go back',
      { ...lordHowe, start: '2026-04-05T00:00', end: '2026-04-06T00:00' },
      '2026-04-04T13:00:00Z',
      '2026-04-05T13:30:00Z',
    ],
  ])('%s', (_, timing, start, end) => {
    expect(firstOf(timing)).toEqual({ start, end });
  });

  it('leaves out an excluded date written at a local time that does not exist', () => {
    const found = windowOccurrencesBetween(
      {
        ...newYork,
        rrule: 'FREQ=DAILY',
        dtstart: '2026-03-01T02:30',
        duration: 'PT1H',
        exdates: ['2026-03-08T02:30'],
      },
      '2026-03-07T00:00:00Z',
      '2026-03-10T00:00:00Z',
    );
    expect(found.map(o => o.start)).toEqual([
      '2026-03-07T07:30:00Z',
      '2026-03-09T06:30:00Z',
    ]);
  });

  it('leaves out an excluded date at a local time lived twice, and nothing else', () => {
    const found = windowOccurrencesBetween(
      {
        ...newYork,
        rrule: 'FREQ=DAILY',
        dtstart: '2026-10-01T01:30',
        duration: 'PT1H',
        exdates: ['2026-11-01T01:30'],
      },
      '2026-10-31T00:00:00Z',
      '2026-11-03T00:00:00Z',
    );
    expect(found.map(o => o.start)).toEqual([
      '2026-10-31T05:30:00Z',
      '2026-11-02T06:30:00Z',
    ]);
  });
});

describe('windowOccurrencesBetween: a local time lived twice (clocks going back)', () => {
  const twice = ROWS.filter(row => row.expected.where === 'lived twice');

  it('is tested in every zone that changes', () => {
    expect(new Set(twice.map(row => row.zone))).toEqual(
      new Set([
        'Europe/London',
        'America/New_York',
        'Australia/Sydney',
        'Australia/Lord_Howe',
      ]),
    );
  });

  // Luxon alone places a local time that is lived twice with the offset its zone has on the
  // server's current date, so the same window would start an hour apart in summer and in
  // winter; RFC 5545 (3.3.5) asks for the first occurrence.
  it('is read as its first occurrence (RFC 5545, 3.3.5) whatever the date on the server', () => {
    const saved = Settings.now;
    try {
      for (const clock of SERVER_CLOCKS) {
        Settings.now = () => Date.parse(clock);
        for (const { zone, date, time, expected } of twice) {
          const [first] = expected.onDay as number[];
          const [found] = windowOccurrencesBetween(
            {
              timezone: zone,
              start: `${date}T${time}`,
              end: `${plusDays(date, 1)}T${time}`,
            },
            iso(expected.dayBefore),
            iso(expected.dayAfter),
          );
          expect(found.start).toBe(iso(first));
        }
      }
    } finally {
      Settings.now = saved;
    }
  });
});
