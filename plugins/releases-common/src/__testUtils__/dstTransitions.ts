import { Settings } from 'luxon';

/**
 * One daylight-saving change of a zone, hand-written from the zone's published rules rather
 * than computed with the date library under test, so the expected instants are independent.
 */
export type DstTransition = {
  zone: string;
  /** The local date of the change. */
  date: string;
  kind: 'spring-forward' | 'fall-back' | 'no change';
  /**
   * The local wall-clock period `[from, to)` that is skipped (spring-forward) or lived twice
   * (fall-back), as HH:MM.
   */
  from: string;
  to: string;
  /** UTC offsets in minutes before and after the change. */
  before: number;
  after: number;
};

const spring = (
  zone: string,
  date: string,
  [from, to]: [string, string],
  [before, after]: [number, number],
): DstTransition => ({
  zone,
  date,
  kind: 'spring-forward',
  from,
  to,
  before,
  after,
});

const fall = (
  zone: string,
  date: string,
  [from, to]: [string, string],
  [before, after]: [number, number],
): DstTransition => ({
  ...spring(zone, date, [from, to], [before, after]),
  kind: 'fall-back',
});

const none = (zone: string, date: string, offset: number): DstTransition => ({
  zone,
  date,
  kind: 'no change',
  from: '00:00',
  to: '00:00',
  before: offset,
  after: offset,
});

/**
 * Both changes of 2026 and 2027 in each zone: London and New York (one hour, at different
 * local times), Sydney (southern hemisphere: clocks go back in April), Lord Howe Island (a
 * 30-minute change) and Kolkata (no daylight saving, on London's dates, as a control).
 */
export const DST_TRANSITIONS: readonly DstTransition[] = [
  spring('Europe/London', '2026-03-29', ['01:00', '02:00'], [0, 60]),
  fall('Europe/London', '2026-10-25', ['01:00', '02:00'], [60, 0]),
  spring('Europe/London', '2027-03-28', ['01:00', '02:00'], [0, 60]),
  fall('Europe/London', '2027-10-31', ['01:00', '02:00'], [60, 0]),
  spring('America/New_York', '2026-03-08', ['02:00', '03:00'], [-300, -240]),
  fall('America/New_York', '2026-11-01', ['01:00', '02:00'], [-240, -300]),
  spring('America/New_York', '2027-03-14', ['02:00', '03:00'], [-300, -240]),
  fall('America/New_York', '2027-11-07', ['01:00', '02:00'], [-240, -300]),
  fall('Australia/Sydney', '2026-04-05', ['02:00', '03:00'], [660, 600]),
  spring('Australia/Sydney', '2026-10-04', ['02:00', '03:00'], [600, 660]),
  fall('Australia/Sydney', '2027-04-04', ['02:00', '03:00'], [660, 600]),
  spring('Australia/Sydney', '2027-10-03', ['02:00', '03:00'], [600, 660]),
  fall('Australia/Lord_Howe', '2026-04-05', ['01:30', '02:00'], [660, 630]),
  spring('Australia/Lord_Howe', '2026-10-04', ['02:00', '02:30'], [630, 660]),
  fall('Australia/Lord_Howe', '2027-04-04', ['01:30', '02:00'], [660, 630]),
  spring('Australia/Lord_Howe', '2027-10-03', ['02:00', '02:30'], [630, 660]),
  none('Asia/Kolkata', '2026-03-29', 330),
  none('Asia/Kolkata', '2026-10-25', 330),
  none('Asia/Kolkata', '2027-03-28', 330),
  none('Asia/Kolkata', '2027-10-31', 330),
];

/**
 * The local times of windows tested on each change: 01:30, 02:30 and 23:30, and on Lord Howe
 * Island also 01:45 and 02:15, which fall inside its half-hour overlap and gap.
 */
export function windowTimesFor(transition: DstTransition): string[] {
  const times = ['01:30', '02:30', '23:30'];
  return transition.zone === 'Australia/Lord_Howe'
    ? [...times, '01:45', '02:15']
    : times;
}

const MINUTE = 60_000;
const DAY = 86_400_000;

/** Milliseconds of a local date and time at a fixed UTC offset in minutes. */
function atOffset(date: string, time: string, offset: number, days = 0) {
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  return Date.UTC(y, m - 1, d, hh, mm) + days * DAY - offset * MINUTE;
}

/** An instant as the occurrences are written: ISO 8601 in UTC, without milliseconds. */
export function iso(millis: number): string {
  return new Date(millis).toISOString().replace('.000Z', 'Z');
}

/** The local date `days` after `date`. */
export function plusDays(date: string, days: number): string {
  return iso(Date.parse(`${date}T00:00:00Z`) + days * DAY).slice(0, 10);
}

/** Where one local time falls on the day of a change, and the instants it may stand for. */
export type ExpectedInstants = {
  /** The local time on the day before, at the offset before the change. */
  dayBefore: number;
  /**
   * On the day itself: one instant, or for a time lived twice the first and the second. A
   * skipped time is read with the offset before the gap (RFC 5545, 3.3.5), which moves it
   * forward by the length of the gap.
   */
  onDay: number | [first: number, second: number];
  /** The local time on the day after, at the offset after the change. */
  dayAfter: number;
  /** Why, in words, for test names. */
  where:
    | 'no change'
    | 'before the change'
    | 'in the gap'
    | 'lived twice'
    | 'after the change';
};

/** The UTC instants a local time stands for around one change. */
export function expectedInstants(
  transition: DstTransition,
  time: string,
): ExpectedInstants {
  const { date, before, after, from, to, kind } = transition;
  const dayBefore = atOffset(date, time, before, -1);
  const dayAfter = atOffset(date, time, after, 1);
  if (kind === 'no change') {
    return {
      dayBefore,
      dayAfter,
      onDay: atOffset(date, time, before),
      where: 'no change',
    };
  }
  if (time < from) {
    return {
      dayBefore,
      dayAfter,
      onDay: atOffset(date, time, before),
      where: 'before the change',
    };
  }
  if (time >= to) {
    return {
      dayBefore,
      dayAfter,
      onDay: atOffset(date, time, after),
      where: 'after the change',
    };
  }
  if (kind === 'spring-forward') {
    return {
      dayBefore,
      dayAfter,
      onDay: atOffset(date, time, before),
      where: 'in the gap',
    };
  }
  return {
    dayBefore,
    dayAfter,
    onDay: [atOffset(date, time, before), atOffset(date, time, after)],
    where: 'lived twice',
  };
}

/**
 * Pins luxon's notion of "now" for the tests of the enclosing describe block, and restores it
 * afterwards: luxon reads the current offset of a zone as its first guess when it places a
 * local time, which matters for times that are lived twice.
 */
export function pinLuxonClock(iso8601: string): void {
  let saved: () => number;
  beforeAll(() => {
    saved = Settings.now;
    Settings.now = () => Date.parse(iso8601);
  });
  afterAll(() => {
    Settings.now = saved;
  });
}

/** One row of the DST matrix: a change, a local window time, and the expected instants. */
export type DstRow = DstTransition & {
  time: string;
  expected: ExpectedInstants;
};

/** Every change of {@link DST_TRANSITIONS} with every window time of {@link windowTimesFor}. */
export const DST_ROWS: readonly DstRow[] = DST_TRANSITIONS.flatMap(transition =>
  windowTimesFor(transition).map(time => ({
    ...transition,
    time,
    expected: expectedInstants(transition, time),
  })),
);
