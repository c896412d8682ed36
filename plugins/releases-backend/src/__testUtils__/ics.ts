import ICAL from 'ical.js';

/**
 * One VEVENT of a feed, as an independent iCalendar parser (Mozilla's ical.js) reads it.
 */
export type ParsedIcsEvent = {
  uid: string;
  summary: string;
  description: string;
  categories: string[];
  status?: string;
  url?: string;
  /** The TZID parameter of DTSTART; undefined for a UTC time. */
  tzid?: string;
  /** DTSTART as written (local to tzid), such as 2026-12-15T00:00:00. */
  localStart: string;
  /** DTSTART and DTEND as UTC instants, resolved with the feed's own VTIMEZONEs. */
  start: string;
  end: string;
};

/**
 * Parses an iCalendar feed with ical.js, registering its VTIMEZONEs (and only those) so that
 * zoned times resolve to UTC the way a calendar client would read them.
 */
export function parseIcs(text: string): {
  name?: string;
  timezones: string[];
  events: ParsedIcsEvent[];
} {
  const calendar = new ICAL.Component(ICAL.parse(text));
  if (calendar.name !== 'vcalendar') {
    throw new Error(`Expected a VCALENDAR, got ${calendar.name}`);
  }
  ICAL.TimezoneService.reset();
  const timezones = calendar.getAllSubcomponents('vtimezone').map(vtimezone => {
    const zone = new ICAL.Timezone(vtimezone);
    ICAL.TimezoneService.register(zone);
    return zone.tzid;
  });
  const instant = (time: InstanceType<typeof ICAL.Time>) =>
    new Date(time.toUnixTime() * 1000).toISOString();
  const events = calendar.getAllSubcomponents('vevent').map(vevent => {
    const dtstart = vevent.getFirstProperty('dtstart')!;
    const tzid = dtstart.getParameter('tzid');
    const start = vevent.getFirstPropertyValue('dtstart') as InstanceType<
      typeof ICAL.Time
    >;
    const end = vevent.getFirstPropertyValue('dtend') as InstanceType<
      typeof ICAL.Time
    >;
    if (tzid && !ICAL.TimezoneService.has(String(tzid))) {
      throw new Error(`DTSTART names TZID ${tzid}, which has no VTIMEZONE`);
    }
    return {
      uid: String(vevent.getFirstPropertyValue('uid')),
      summary: String(vevent.getFirstPropertyValue('summary') ?? ''),
      description: String(vevent.getFirstPropertyValue('description') ?? ''),
      categories: vevent
        .getAllProperties('categories')
        .flatMap(property => property.getValues().map(String)),
      status: vevent.getFirstPropertyValue('status')?.toString(),
      url: vevent.getFirstPropertyValue('url')?.toString(),
      tzid: tzid ? String(tzid) : undefined,
      localStart: start.toString(),
      start: instant(start),
      end: instant(end),
    };
  });
  return {
    name: calendar.getFirstPropertyValue('x-wr-calname')?.toString(),
    timezones,
    events,
  };
}
