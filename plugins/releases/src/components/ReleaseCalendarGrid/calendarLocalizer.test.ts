import { DateLocalizer } from 'react-big-calendar';
import {
  calendarLocalizer,
  dayArithmetic,
  inEventRange,
  sortEvents,
} from './calendarLocalizer';

describe('calendarLocalizer', () => {
  it('starts weeks on Monday and formats with luxon', () => {
    const thursday = new Date(2026, 11, 3, 15, 30);
    expect(
      calendarLocalizer.firstVisibleDay(thursday, calendarLocalizer).getDay(),
    ).toBe(1);
    expect(calendarLocalizer.format(thursday, 'yyyy-MM-dd HH:mm')).toBe(
      '2026-12-03 15:30',
    );
  });

  it('does date arithmetic on wall clock dates, as the library does by default', () => {
    const start = new Date(2026, 11, 1, 20, 0);
    const end = new Date(2026, 11, 3, 9, 0);
    // Days are counted as calendar days, as with the library's other localizers.
    expect(calendarLocalizer.diff(start, end, 'day')).toBe(2);
    expect(calendarLocalizer.diff(start, end, 'minutes')).toBe(37 * 60);
    expect(calendarLocalizer.startOf(end, 'day').getTime()).toBe(
      new Date(2026, 11, 3).getTime(),
    );
  });
});

// The library's default localizer, to compare the fast paths with.
const reference = new DateLocalizer({
  formats: {},
  firstOfWeek: () => 1,
  format: () => '',
});

/** A fixed pseudo-random sequence in [0, 1), so a failure can be reproduced. */
function sequence(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

describe('inEventRange', () => {
  it('agrees with the library default on many events and days', () => {
    const next = sequence(42);
    const base = new Date(2026, 10, 28).getTime();
    for (let i = 0; i < 2_000; i++) {
      // Every third event starts on the hour, so that many end exactly at a midnight.
      const minutes = Math.floor(next() * 10 * 24 * 60);
      const start = new Date(
        base + (i % 3 === 0 ? minutes - (minutes % 60) : minutes) * 60_000,
      );
      const length = [0, 30, 120, 24 * 60, 3 * 24 * 60, 60][i % 6] * 60_000;
      const end = new Date(start.getTime() + length);
      // Mostly the event's own day or the next, where the edges are.
      const day =
        i % 2 === 0
          ? new Date(end.getFullYear(), end.getMonth(), end.getDate())
          : new Date(base + Math.floor(next() * 10) * 86_400_000);
      const range = {
        start: reference.startOf(day, 'day'),
        end: reference.endOf(day, 'day'),
      };
      const args = { event: { start, end }, range };
      expect(inEventRange(args)).toBe(
        (reference.inEventRange as unknown as (a: typeof args) => boolean)(
          args,
        ),
      );
    }
  });
});

describe('sortEvents', () => {
  it('orders events as the library default does, across month ends and midnights', () => {
    const next = sequence(7);
    const base = new Date(2026, 10, 27).getTime();
    const events = Array.from({ length: 400 }, (_, i) => {
      // Start on the hour half the time, so that many events share a start.
      const minutes = Math.floor(next() * 8 * 24 * 60);
      const start = new Date(
        base + (i % 2 === 0 ? minutes - (minutes % 60) : minutes) * 60_000,
      );
      const length = [0, 60, 120, 24 * 60, 3 * 24 * 60, 30][i % 6] * 60_000;
      return {
        start,
        end: new Date(start.getTime() + length),
        allDay: i % 7 === 0,
      };
    });
    const sign = (n: number) => Math.sign(n) || 0;
    const library = reference.sortEvents as unknown as typeof sortEvents;
    const disagreements = events.flatMap((evtA, i) =>
      events
        .filter((_, j) => j % 3 === i % 3)
        .map(evtB => ({ evtA, evtB }))
        .filter(args => sign(sortEvents(args)) !== sign(library(args))),
    );
    expect(disagreements).toEqual([]);
  });
});

describe('dayArithmetic', () => {
  /**
   * Dates around month ends and both DST changes of 2026 in the zone the suite runs in
   * (America/Los_Angeles: March 8 and November 1), on and off the hour and the minute.
   */
  function dates(seed: number, count: number): Date[] {
    const next = sequence(seed);
    const anchors = [
      new Date(2026, 2, 7),
      new Date(2026, 9, 31),
      new Date(2026, 10, 28),
      new Date(2026, 11, 30),
    ].map(d => d.getTime());
    return Array.from({ length: count }, (_, i) => {
      const ms = Math.floor(next() * 3 * 86_400_000);
      const on = [3_600_000, 60_000, 1, 86_400_000][i % 4];
      return new Date(anchors[i % anchors.length] + ms - (ms % on));
    });
  }

  const library = reference as unknown as typeof dayArithmetic;
  const units = ['day', 'month', 'minutes', 'hours'] as const;

  it('starts, adds and rounds up days as the library default does', () => {
    for (const [i, date] of dates(11, 600).entries()) {
      const unit = units[i % units.length];
      expect(dayArithmetic.startOf(date, unit, 1)).toEqual(
        library.startOf(date, unit, 1),
      );
      expect(dayArithmetic.ceil(date, unit)).toEqual(library.ceil(date, unit));
      for (const amount of [-1, 1, 3]) {
        expect(dayArithmetic.add(date, amount, unit)).toEqual(
          library.add(date, amount, unit),
        );
      }
    }
  });

  it('compares and counts days as the library default does', () => {
    const all = dates(23, 240);
    for (const [i, a] of all.entries()) {
      for (const b of all.filter((_, j) => j % 12 === i % 12)) {
        const unit = units[(i + all.indexOf(b)) % units.length];
        expect([a, b, dayArithmetic.diff(a, b, unit)]).toEqual([
          a,
          b,
          library.diff(a, b, unit),
        ]);
        expect(dayArithmetic.isSameDate(a, b)).toBe(library.isSameDate(a, b));
        expect(dayArithmetic.daySpan(a, b)).toBe(library.daySpan(a, b));
      }
    }
  });

  it('is what the calendar grid lays events out with', () => {
    expect(calendarLocalizer.startOf).toBe(dayArithmetic.startOf);
    expect(calendarLocalizer.diff).toBe(dayArithmetic.diff);
    expect(calendarLocalizer.isSameDate).toBe(dayArithmetic.isSameDate);
  });
});
