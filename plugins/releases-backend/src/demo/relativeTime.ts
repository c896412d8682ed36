import { DateTime } from 'luxon';

/**
 * A moment in the demo file, relative to when the demo is seeded: either a local time on a
 * day counted from the Monday of the seeding week, or a number of minutes from the seeding
 * moment itself.
 *
 * @internal
 */
export type RelativeTime = {
  /** Days after (or, negative, before) the Monday of the week the demo is seeded in. */
  day?: number;
  /** Local time on that day, `HH:mm`; 09:00 when absent. */
  at?: string;
  /** IANA zone `at` is local to; the file's zone when absent. */
  zone?: string;
  /** Minutes after (or, negative, before) the seeding moment; instead of `day` and `at`. */
  minutes?: number;
};

/**
 * Turns the relative times of the demo file into instants.
 *
 * Days count from the Monday of the seeding week rather than from the seeding day, so
 * weekdays stay put whatever day the demo starts: day -2 is always a Saturday, the weekly
 * platform maintenance night. Day -1 and earlier are always in the past, day 7 and later
 * always in the future; days 0 to 6 are this week and may be either.
 *
 * @internal
 */
export class RelativeClock {
  /** The Monday of the seeding week, as a calendar date. */
  private readonly monday: { year: number; month: number; day: number };

  /**
   * @param now - The seeding moment.
   * @param zone - The zone whose calendar decides which Monday starts the week, and the
   *   zone of times that name none.
   */
  constructor(readonly now: Date, readonly zone: string) {
    const monday = DateTime.fromJSDate(now, { zone }).startOf('week');
    this.monday = { year: monday.year, month: monday.month, day: monday.day };
  }

  /** The instant of a relative time, ISO 8601 in UTC. */
  resolve(time: RelativeTime): string {
    if (time.minutes !== undefined) {
      // Whole minutes, so that times shown in the demo look like ones people write down.
      return DateTime.fromJSDate(this.now, { zone: 'utc' })
        .startOf('minute')
        .plus({ minutes: time.minutes })
        .toISO()!;
    }
    const [hour, minute] = (time.at ?? '09:00').split(':').map(Number);
    return DateTime.fromObject(this.monday, { zone: time.zone ?? this.zone })
      .plus({ days: time.day ?? 0 })
      .set({ hour, minute })
      .toUTC()
      .toISO()!;
  }

  /** The instant `hours` after an instant, ISO 8601 in UTC. */
  static after(iso: string, hours: number): string {
    return DateTime.fromISO(iso, { zone: 'utc' })
      .plus({ minutes: Math.round(hours * 60) })
      .toISO()!;
  }
}
