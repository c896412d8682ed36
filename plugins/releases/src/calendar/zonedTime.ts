import { DateTime } from 'luxon';

/**
 * A `Date` whose local wall clock (in luxon's default zone, which is the browser's) reads
 * what the wall clock reads at `iso` in `zone`.
 *
 * Calendar libraries lay events out with the browser's local clock. Handing them dates
 * shifted this way shows every event at its wall clock time in the chosen zone, whatever the
 * browser's zone is, without changing a global setting.
 *
 * @internal
 */
export function toWallClock(iso: string, zone: string): Date {
  return DateTime.fromISO(iso, { zone })
    .setZone('default', { keepLocalTime: true })
    .toJSDate();
}

/**
 * The inverse of {@link toWallClock}: the instant, as ISO 8601 in UTC, at which the wall
 * clock in `zone` reads what `date` reads on the browser's local clock.
 *
 * @internal
 */
export function fromWallClock(date: Date, zone: string): string {
  return DateTime.fromJSDate(date)
    .setZone(zone, { keepLocalTime: true })
    .toUTC()
    .toISO()!;
}

/**
 * Whether a string is an IANA time zone luxon knows.
 *
 * @internal
 */
export function isValidZone(zone: string): boolean {
  return DateTime.local().setZone(zone).isValid;
}

/**
 * The IANA time zones to choose from: the ones the browser knows, plus `extra` (such as
 * the viewer's and the chosen zone) when the browser does not list them.
 *
 * @internal
 */
export function timeZoneChoices(extra: string[] = []): string[] {
  const supported =
    (
      Intl as unknown as { supportedValuesOf?: (key: string) => string[] }
    ).supportedValuesOf?.('timeZone') ?? [];
  return [...new Set([...supported, 'UTC', ...extra])].sort((a, b) =>
    a.localeCompare(b, 'en-US'),
  );
}
