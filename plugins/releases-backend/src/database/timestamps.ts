import { DateTime } from 'luxon';

/**
 * What a timestamp column gives back: PostgreSQL drivers return a Date, SQLite the number or
 * string it was stored as.
 */
type StoredTimestamp = Date | string | number;

/**
 * Turns a stored timestamp into ISO 8601 in UTC, the form used on the wire.
 *
 * @internal
 */
export function toIsoUtc(value: StoredTimestamp): string {
  // Native parsing first: it is the hot path of every list (luxon costs ~10x as much), and
  // these are the few shapes our drivers give back.
  const millis = nativeMillis(value);
  if (millis !== undefined && Number.isFinite(millis)) {
    return new Date(millis).toISOString();
  }
  const parsed =
    typeof value === 'string' && !value.includes('T')
      ? DateTime.fromSQL(value, { zone: 'utc' })
      : DateTime.fromISO(String(value), { zone: 'utc' });
  if (!parsed.isValid) {
    throw new Error(`Stored timestamp '${String(value)}' cannot be read`);
  }
  return parsed.toUTC().toISO()!;
}

/** A zone given at the end of an ISO 8601 or SQL time: `Z`, `+02:00`, `+0200` or `+02`. */
const ZONE_SUFFIX = /(Z|[+-]\d{2}(:?\d{2})?)$/;
/** `2026-11-22 10:00:00.123` or `2026-11-22T10:00:00`, optionally with a zone. */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?/;

/** Milliseconds of a stored timestamp, read as UTC when it names no zone; else undefined. */
function nativeMillis(value: StoredTimestamp): number | undefined {
  if (value instanceof Date) return value.getTime();
  if (typeof value === 'number') return value;
  if (!DATE_TIME.test(value)) return undefined;
  const iso = value.replace(' ', 'T');
  return Date.parse(ZONE_SUFFIX.test(iso) ? iso : `${iso}Z`);
}

/**
 * Like {@link toIsoUtc} for nullable columns.
 *
 * @internal
 */
export function toOptionalIsoUtc(
  value: StoredTimestamp | null | undefined,
): string | undefined {
  return value === null || value === undefined ? undefined : toIsoUtc(value);
}

/**
 * Turns an ISO 8601 string from the wire into the value bound to a timestamp column.
 *
 * @internal
 */
export function toDbTimestamp(iso: string): Date {
  return DateTime.fromISO(iso, { setZone: true }).toJSDate();
}
