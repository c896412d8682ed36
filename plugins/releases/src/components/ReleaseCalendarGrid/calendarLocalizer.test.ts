import { DateLocalizer } from 'react-big-calendar';
import { calendarLocalizer, inEventRange } from './calendarLocalizer';

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

describe('inEventRange', () => {
  const reference = new DateLocalizer({
    formats: {},
    firstOfWeek: () => 1,
    format: () => '',
  });

  it('agrees with the library default on many events and days', () => {
    // A fixed pseudo-random sequence, so a failure can be reproduced.
    let seed = 42;
    const next = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
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
