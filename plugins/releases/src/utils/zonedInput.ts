import { DateTime } from 'luxon';
import { viewerZone } from './formatSlot';

const LOCAL_FORMAT = "yyyy-MM-dd'T'HH:mm";

/**
 * The value of a `datetime-local` input (such as `2026-12-01T20:00`) for an ISO 8601
 * instant, in the viewer's zone unless another zone is given; empty when there is no instant.
 *
 * @internal
 */
export function toDateTimeLocal(iso: string | undefined, zone?: string) {
  if (!iso) return '';
  const time = DateTime.fromISO(iso, { zone: zone ?? viewerZone() });
  return time.isValid ? time.toFormat(LOCAL_FORMAT) : '';
}

/**
 * The ISO 8601 instant in UTC for the value of a `datetime-local` input, read as a wall
 * clock time in the viewer's zone unless another zone is given. `undefined` when the value is
 * empty or not a date and time.
 *
 * A wall clock time that does not exist (skipped by a DST change) moves forward, as luxon
 * does; one that happens twice takes the earlier instant.
 *
 * @internal
 */
export function fromDateTimeLocal(
  value: string,
  zone?: string,
): string | undefined {
  if (!value.trim()) return undefined;
  const time = DateTime.fromISO(value.trim(), { zone: zone ?? viewerZone() });
  if (!time.isValid) return undefined;
  return time.toUTC().toISO({ suppressMilliseconds: true }) ?? undefined;
}
