import { ScheduleSlot } from '@stagegate/plugin-releases-common';
import { DateTime } from 'luxon';

/**
 * Formats an ISO 8601 instant in a zone, with the zone's abbreviation so a reader never has
 * to guess which clock it is. Without a zone, it uses the viewer's zone (luxon's default
 * zone, which is the browser's unless `Settings.defaultZone` says otherwise).
 *
 * @internal
 */
export function formatInstant(iso: string, zone?: string): string {
  const time = DateTime.fromISO(iso, { zone: zone ?? 'default' });
  return `${time.toLocaleString(DateTime.DATETIME_MED)} ${time.toFormat(
    'ZZZZ',
  )}`;
}

/**
 * Formats the interval from `start` to `end` as "start – end" in the given zone, each end
 * with its own abbreviation (they differ when the interval crosses a DST change).
 *
 * @internal
 */
export function formatInterval(
  start: string,
  end: string,
  zone?: string,
): string {
  return `${formatInstant(start, zone)} – ${formatInstant(end, zone)}`;
}

/**
 * Formats a planned slot as "environment: start – end" in the given zone.
 *
 * @internal
 */
export function formatSlot(slot: ScheduleSlot, zone?: string): string {
  return `${slot.environment}: ${formatInterval(slot.start, slot.end, zone)}`;
}

/**
 * The name of the viewer's time zone, as the browser reports it.
 *
 * @internal
 */
export function viewerZone(): string {
  return DateTime.local().zoneName ?? 'UTC';
}

/**
 * Whether an IANA zone is the viewer's zone, so that times in it need not be shown twice.
 *
 * @internal
 */
export function isViewerZone(zone: string): boolean {
  return viewerZone() === zone;
}
