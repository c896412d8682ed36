import { DateTime } from 'luxon';
import {
  tzlib_get_ical_block as vtimezoneBlock,
  tzlib_get_timezones as knownZones,
} from 'timezones-ical-library';

/**
 * A zone the feed can write local times in: the TZID its times carry and the VTIMEZONE
 * component that defines it.
 *
 * @internal
 */
export type FeedZone = { tzid: string; vtimezone: string };

const UTC_ALIASES = /^(?:Etc\/)?(?:UTC|UCT|GMT|Zulu|Universal|Greenwich)$/;

let zoneNames: Set<string> | undefined;

function isKnownZone(zone: string): boolean {
  zoneNames ??= new Set(knownZones() as string[]);
  return zoneNames.has(zone);
}

const resolved = new Map<string, FeedZone | undefined>();

/**
 * The VTIMEZONE for an IANA zone, from the `timezones-ical-library` database (IANA tzdata,
 * converted by vzic). Links resolve to their canonical zone, so the TZID may differ from the
 * name asked for (`US/Eastern` gives `America/New_York`).
 *
 * Answers undefined when times are best written in UTC (with a `Z`): for no zone, a UTC
 * alias, a fixed offset such as `UTC+3` (IANA has no VTIMEZONE for it), or an unknown zone.
 *
 * @internal
 */
export function feedZone(zone: string | undefined): FeedZone | undefined {
  if (!zone || UTC_ALIASES.test(zone)) return undefined;
  if (resolved.has(zone)) return resolved.get(zone);
  let result: FeedZone | undefined;
  const luxonZone = DateTime.utc().setZone(zone);
  if (luxonZone.isValid && !luxonZone.zone.isUniversal && isKnownZone(zone)) {
    const block = vtimezoneBlock(zone);
    const vtimezone = Array.isArray(block) ? block[0] : '';
    const tzid = /^TZID:(.+)$/m.exec(vtimezone)?.[1]?.trim();
    if (tzid && !UTC_ALIASES.test(tzid)) result = { tzid, vtimezone };
  }
  resolved.set(zone, result);
  return result;
}
