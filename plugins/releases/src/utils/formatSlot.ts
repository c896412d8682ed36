import { ScheduleSlot } from '@stagegate/plugin-releases-common';
import { DateTime } from 'luxon';

/**
 * Formats an ISO 8601 instant in a zone, with the zone's abbreviation so a reader never has
 * to guess which clock it is.
 *
 * @internal
 */
export function formatInstant(iso: string, zone?: string): string {
  const time = DateTime.fromISO(iso, { zone: zone ?? 'local' });
  return `${time.toLocaleString(DateTime.DATETIME_MED)} ${time.toFormat(
    'ZZZZ',
  )}`;
}

/**
 * Formats a planned slot as "environment: start – end" in the given zone.
 *
 * @internal
 */
export function formatSlot(slot: ScheduleSlot, zone?: string): string {
  return `${slot.environment}: ${formatInstant(
    slot.start,
    zone,
  )} – ${formatInstant(slot.end, zone)}`;
}

/**
 * The name of the viewer's time zone, as the browser reports it.
 *
 * @internal
 */
export function viewerZone(): string {
  return DateTime.local().zoneName ?? 'UTC';
}
