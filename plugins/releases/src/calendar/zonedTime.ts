import { DateTime, IANAZone, Settings } from 'luxon';

const MINUTE = 60_000;
const HOUR = 3_600_000;
const MAX_CACHED_HOURS = 100_000;

// An ISO 8601 date and time that names its offset: the instant does not depend on a zone.
const ABSOLUTE_ISO = /^\d{4}-\d\d-\d\dT[^Z+-]*(?:Z|[+-]\d\d(?::?\d\d)?)$/i;

// Per zone, the offset of each hour asked about, or null when it changes within the hour.
const hourOffsets = new Map<string, Map<number, number | null>>();

/** The offset of `zone` at `instant` in minutes, read once per zone and hour. */
function offsetAt(zone: IANAZone, instant: number): number {
  let hours = hourOffsets.get(zone.name);
  if (!hours || hours.size > MAX_CACHED_HOURS) {
    hours = new Map();
    hourOffsets.set(zone.name, hours);
  }
  const hour = Math.floor(instant / HOUR);
  let offset = hours.get(hour);
  if (offset === undefined) {
    const first = zone.offset(hour * HOUR);
    offset = first === zone.offset(hour * HOUR + HOUR - 1) ? first : null;
    hours.set(hour, offset);
  }
  return offset ?? zone.offset(instant);
}

// Longer than any change of a zone's offset (DST moves clocks by up to two hours).
const CLOCK_CHANGE_MARGIN = 3 * HOUR;

/** Whether the browser's clock runs evenly for a few hours either side of `date`. */
function evenLocalClock(date: Date): boolean {
  const offset = date.getTimezoneOffset();
  const time = date.getTime();
  return (
    new Date(time - CLOCK_CHANGE_MARGIN).getTimezoneOffset() === offset &&
    new Date(time + CLOCK_CHANGE_MARGIN).getTimezoneOffset() === offset
  );
}

/** Whether `iso` starts with a calendar date that exists (Date.parse rolls 02-30 over). */
function realDay(iso: string): boolean {
  const [year, month, day] = iso.slice(0, 10).split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day;
}

/**
 * {@link toWallClock} with numbers: the zone's offset at the instant, read once per hour,
 * gives the wall clock, which is set on a local `Date`. Undefined where luxon must decide:
 * a string without an offset or with a day that does not exist, an unknown zone, a default
 * zone other than the browser's, or a wall clock near a change of the browser's clock.
 */
function fastWallClock(iso: string, zone: string): Date | undefined {
  // Local dates are the browser's; luxon's default zone may have been set otherwise.
  if (Settings.defaultZone.type !== 'system') return undefined;
  if (!ABSOLUTE_ISO.test(iso) || !realDay(iso)) return undefined;
  const instant = Date.parse(iso);
  const iana = IANAZone.create(zone);
  if (Number.isNaN(instant) || !iana.isValid) return undefined;
  const wall = new Date(instant + offsetAt(iana, instant) * MINUTE);
  const local = new Date(
    wall.getUTCFullYear(),
    wall.getUTCMonth(),
    wall.getUTCDate(),
    wall.getUTCHours(),
    wall.getUTCMinutes(),
    wall.getUTCSeconds(),
    wall.getUTCMilliseconds(),
  );
  const same =
    local.getFullYear() === wall.getUTCFullYear() &&
    local.getDate() === wall.getUTCDate() &&
    local.getHours() === wall.getUTCHours() &&
    local.getMinutes() === wall.getUTCMinutes();
  return same && evenLocalClock(local) ? local : undefined;
}

/**
 * A `Date` whose local wall clock (in luxon's default zone, which is the browser's) reads
 * what the wall clock reads at `iso` in `zone`.
 *
 * Calendar libraries lay events out with the browser's local clock. Handing them dates
 * shifted this way shows every event at its wall clock time in the chosen zone, whatever the
 * browser's zone is, without changing a global setting. A month of events makes thousands
 * of these, so the common case is done with numbers, and luxon decides the rest.
 *
 * @internal
 */
export function toWallClock(iso: string, zone: string): Date {
  return (
    fastWallClock(iso, zone) ??
    DateTime.fromISO(iso, { zone })
      .setZone('default', { keepLocalTime: true })
      .toJSDate()
  );
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
