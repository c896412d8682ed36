import {
  CalendarEvent,
  CalendarResponse,
} from '@stagegate/plugin-releases-common';
import ical, {
  ICalCalendar,
  ICalEventStatus,
  ICalEventTransparency,
} from 'ical-generator';
import { DateTime } from 'luxon';
import { FeedZone, feedZone } from './icsTimezones';
import {
  conflictsByEvent,
  eventCategories,
  eventDescription,
  eventStatus,
  eventSummary,
  eventUrl,
  isConflicting,
} from './icsEventText';

/** The domain of every UID of the feed. */
const UID_DOMAIN = 'stagegate';

/** How often calendar clients are asked to fetch the feed again, in seconds. */
const REFRESH_SECONDS = 30 * 60;

/**
 * How to write a calendar as iCalendar.
 *
 * @internal
 */
export type IcsFeedOptions = {
  /**
   * The IANA zone release and change times are written in, with its VTIMEZONE; default
   * UTC. Window occurrences are always written in the window's own zone.
   */
  timezone?: string;
  /** The app's base URL, for each event's URL; without it events have none. */
  appBaseUrl?: string;
  /** When the feed is made: the DTSTAMP of every event. */
  now?: Date;
};

/**
 * The iCalendar UID of a calendar event: its stable id at `stagegate`. Characters other than
 * letters, digits and `-_.:/+=` are percent-encoded, so the UID stays plain text.
 *
 * @internal
 */
export function eventUid(event: Pick<CalendarEvent, 'id'>): string {
  const local = event.id.replace(
    /[^\w.:/+=-]/g,
    char =>
      `%${char.codePointAt(0)!.toString(16).toUpperCase().padStart(2, '0')}`,
  );
  return `${local}@${UID_DOMAIN}`;
}

function zoneOf(
  event: CalendarEvent,
  feedTimezone: FeedZone | undefined,
): FeedZone | undefined {
  if (event.kind === 'window' && event.timezone) {
    return feedZone(event.timezone);
  }
  return feedTimezone;
}

/**
 * Writes a calendar answer as an RFC 5545 iCalendar feed, with `ical-generator`: one VEVENT
 * per event, its UID stable across requests, release and change times in the feed's zone,
 * window occurrences in their own zone, a VTIMEZONE for every zone used, and conflicts in
 * the summary (a ⚠ first), the description and the categories.
 *
 * @internal
 */
export function calendarToIcs(
  calendar: CalendarResponse,
  options: IcsFeedOptions = {},
): string {
  const vtimezones = new Map<string, string>();
  const feed: ICalCalendar = ical({
    name: 'Stagegate release calendar',
    description: calendar.truncated
      ? `Releases, changes and change windows; cut at ${calendar.events.length} events, so narrow the filters`
      : 'Releases, changes and change windows',
    prodId: { company: 'Stagegate', product: 'Release calendar' },
    ttl: REFRESH_SECONDS,
    timezone: { name: null, generator: tzid => vtimezones.get(tzid) ?? null },
  });
  const feedTimezone = feedZone(options.timezone);
  const conflictsOf = conflictsByEvent(calendar.conflicts);
  const stamp = DateTime.fromJSDate(options.now ?? new Date(), { zone: 'utc' });
  for (const event of calendar.events) {
    const zone = zoneOf(event, feedTimezone);
    if (zone) vtimezones.set(zone.tzid, zone.vtimezone);
    const conflicts = conflictsOf(event);
    const conflicting = isConflicting(event, conflicts);
    const url = eventUrl(event, options.appBaseUrl);
    feed.createEvent({
      id: eventUid(event),
      stamp,
      start: DateTime.fromISO(event.start, { zone: 'utc' }),
      end: DateTime.fromISO(event.end, { zone: 'utc' }),
      timezone: zone?.tzid ?? null,
      summary: eventSummary(event, conflicting),
      description: eventDescription(event, conflicts, url),
      categories: eventCategories(event, conflicting).map(name => ({ name })),
      status: ICalEventStatus[eventStatus(event)],
      transparency: ICalEventTransparency.TRANSPARENT,
      url: url ?? null,
    });
  }
  return feed.toString();
}
