import {
  CalendarConflict,
  CalendarEvent,
  CalendarResponse,
} from '@stagegate/plugin-releases-common';
import { parseIcs } from '../__testUtils__';
import { calendarToIcs, eventUid } from './icsFeed';

const release: CalendarEvent = {
  id: 'release:7c1e0000-0000-4000-8000-000000000001:production',
  kind: 'release',
  title: 'REL-2026-0042 Payments API 2.4',
  start: '2026-12-16T21:00:00.000Z',
  end: '2026-12-16T23:00:00.000Z',
  environment: 'production',
  entityRefs: [
    'component:default/payments-api',
    'resource:default/payments-db',
  ],
  systems: ['system:default/payments'],
  owner: 'user:default/oscar.owner',
  category: 'scheduled',
  status: 'readiness',
  unitType: 'delta',
  releaseId: '7c1e0000-0000-4000-8000-000000000001',
  releaseKey: 'REL-2026-0042',
  conflictKeys: [
    'release:7c1e0000-0000-4000-8000-000000000001:production#blackout-window/production/window/changewindow:default/year-end-freeze',
  ],
};

const freeze: CalendarEvent = {
  id: 'window:changewindow:default/year-end-freeze:2026-12-15T05:00:00.000Z',
  kind: 'window',
  title: 'Year-end freeze',
  start: '2026-12-15T05:00:00.000Z',
  end: '2027-01-05T05:00:00.000Z',
  environments: ['production'],
  entityRefs: [],
  systems: ['system:default/payments'],
  windowId: 'changewindow:default/year-end-freeze',
  windowSource: 'catalog',
  windowType: 'blackout',
  enforcement: 'block',
  timezone: 'America/New_York',
  conflictKeys: [
    'release:7c1e0000-0000-4000-8000-000000000001:production#blackout-window/production/window/changewindow:default/year-end-freeze',
  ],
};

const change: CalendarEvent = {
  id: 'change:5d2a0000-0000-4000-8000-000000000002',
  kind: 'change',
  title: 'Patch hosts; reboot, then verify',
  start: '2026-07-04T08:00:00.000Z',
  end: '2026-07-04T09:30:00.000Z',
  environment: 'sat',
  entityRefs: ['resource:default/payments-db'],
  systems: [],
  category: 'scheduled',
  status: 'planned',
  changeId: '5d2a0000-0000-4000-8000-000000000002',
  conflictKeys: [],
};

const conflict: CalendarConflict = {
  id: 'blackout-window/production/window/changewindow:default/year-end-freeze',
  key: 'release:7c1e0000-0000-4000-8000-000000000001:production#blackout-window/production/window/changewindow:default/year-end-freeze',
  type: 'blackout-window',
  severity: 'critical',
  enforcement: 'block',
  itemId: release.releaseId!,
  other: {
    kind: 'window',
    id: 'changewindow:default/year-end-freeze',
    title: 'Year-end freeze',
  },
  entityRefs: release.entityRefs,
  environment: 'production',
  interval: { start: release.start, end: release.end },
  message:
    'The production slot of REL-2026-0042 falls in the blackout window Year-end freeze',
  eventId: release.id,
  otherEventId: freeze.id,
};

const calendar: CalendarResponse = {
  from: '2026-06-01T00:00:00.000Z',
  to: '2027-01-31T00:00:00.000Z',
  events: [change, freeze, release],
  conflicts: [conflict],
  truncated: false,
};

const now = new Date('2026-11-22T09:00:00Z');

describe('calendarToIcs', () => {
  it('writes a valid RFC 5545 calendar: CRLF lines folded at 75 octets', () => {
    const text = calendarToIcs(calendar, {
      timezone: 'Europe/Berlin',
      appBaseUrl: 'https://backstage.example.com',
      now,
    });
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(text.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
    expect(text).toMatch(
      /\r\nPRODID:-\/\/Stagegate\/\/Release calendar\/\/EN\r\n/,
    );
    const lines = text.split('\r\n');
    expect(lines.every(line => !line.includes('\n'))).toBe(true);
    expect(lines.every(line => Buffer.byteLength(line, 'utf8') <= 75)).toBe(
      true,
    );
    for (const event of calendar.events) {
      expect(text).toContain(`DTSTAMP:20261122T090000Z`);
      expect(parseIcs(text).events.map(e => e.uid)).toContain(eventUid(event));
    }
  });

  it('writes releases and changes in the feed zone and windows in their own, each with its VTIMEZONE', () => {
    const parsed = parseIcs(
      calendarToIcs(calendar, { timezone: 'Europe/Berlin', now }),
    );
    expect(parsed.timezones.sort()).toEqual([
      'America/New_York',
      'Europe/Berlin',
    ]);
    const byUid = new Map(parsed.events.map(event => [event.uid, event]));
    expect(byUid.get(eventUid(release))).toMatchObject({
      tzid: 'Europe/Berlin',
      localStart: '2026-12-16T22:00:00',
      start: '2026-12-16T21:00:00.000Z',
      end: '2026-12-16T23:00:00.000Z',
    });
    // Summer time in Berlin: UTC+2
    expect(byUid.get(eventUid(change))).toMatchObject({
      tzid: 'Europe/Berlin',
      localStart: '2026-07-04T10:00:00',
      start: '2026-07-04T08:00:00.000Z',
    });
    expect(byUid.get(eventUid(freeze))).toMatchObject({
      tzid: 'America/New_York',
      localStart: '2026-12-15T00:00:00',
      start: '2026-12-15T05:00:00.000Z',
      end: '2027-01-05T05:00:00.000Z',
    });
  });

  it('writes release and change times in UTC without a zone, and windows still in theirs', () => {
    for (const timezone of [undefined, 'UTC', 'Etc/UTC', 'UTC+3']) {
      const parsed = parseIcs(calendarToIcs(calendar, { timezone, now }));
      expect(parsed.timezones).toEqual(['America/New_York']);
      const byUid = new Map(parsed.events.map(event => [event.uid, event]));
      expect(byUid.get(eventUid(release))).toMatchObject({
        tzid: undefined,
        localStart: '2026-12-16T21:00:00Z',
        start: '2026-12-16T21:00:00.000Z',
      });
      expect(byUid.get(eventUid(freeze))?.tzid).toBe('America/New_York');
    }
  });

  it('resolves a zone link to its canonical TZID', () => {
    const parsed = parseIcs(
      calendarToIcs(
        { ...calendar, events: [release], conflicts: [] },
        { timezone: 'US/Eastern', now },
      ),
    );
    expect(parsed.timezones).toEqual(['America/New_York']);
    expect(parsed.events[0]).toMatchObject({
      tzid: 'America/New_York',
      localStart: '2026-12-16T16:00:00',
    });
  });

  it('says a conflicting event conflicts, in its summary, description and categories', () => {
    const parsed = parseIcs(
      calendarToIcs(calendar, {
        appBaseUrl: 'https://backstage.example.com/',
        now,
      }),
    );
    const byUid = new Map(parsed.events.map(event => [event.uid, event]));
    const ofRelease = byUid.get(eventUid(release))!;
    expect(ofRelease.summary).toBe(
      '⚠ REL-2026-0042 Payments API 2.4 [production]',
    );
    expect(ofRelease.description).toContain(
      'Release: REL-2026-0042 Payments API 2.4',
    );
    expect(ofRelease.description).toContain('Status: readiness');
    expect(ofRelease.description).toContain('Environment: production');
    expect(ofRelease.description).toContain(
      'CIs: component:default/payments-api, resource:default/payments-db',
    );
    expect(ofRelease.description).toContain(
      `⚠ Conflicts (1):\n- [critical, block] ${conflict.message}`,
    );
    expect(ofRelease.categories).toEqual([
      'Release',
      'scheduled',
      'production',
      'Conflict',
    ]);
    expect(ofRelease.status).toBe('TENTATIVE');
    expect(ofRelease.url).toBe(
      'https://backstage.example.com/catalog/default/component/payments-api/releases',
    );

    const ofFreeze = byUid.get(eventUid(freeze))!;
    expect(ofFreeze.summary).toBe('Freeze: Year-end freeze');
    expect(ofFreeze.description).toContain(
      `Scheduled items in conflict with this window (1):\n- [critical, block] ${conflict.message}`,
    );
    expect(ofFreeze.categories).toEqual(['Freeze']);
    expect(ofFreeze.url).toBe(
      'https://backstage.example.com/catalog/default/changewindow/year-end-freeze',
    );

    const ofChange = byUid.get(eventUid(change))!;
    expect(ofChange.summary).toBe(
      'Change: Patch hosts; reboot, then verify [sat]',
    );
    expect(ofChange.categories).toEqual(['Change', 'scheduled', 'sat']);
    expect(ofChange.url).toBe('https://backstage.example.com/releases');
  });

  it('keeps UIDs stable and unique, and leaves URLs out without an app URL', () => {
    const first = parseIcs(calendarToIcs(calendar, { now }));
    const second = parseIcs(
      calendarToIcs(calendar, { now: new Date('2026-11-23T09:00:00Z') }),
    );
    const uids = first.events.map(event => event.uid);
    expect(second.events.map(event => event.uid)).toEqual(uids);
    expect(new Set(uids).size).toBe(uids.length);
    expect(uids).toContain(
      'window:changewindow:default/year-end-freeze:2026-12-15T05:00:00.000Z@stagegate',
    );
    expect(first.events.every(event => event.url === undefined)).toBe(true);
  });

  it('puts the release key first when the title lacks it', () => {
    const parsed = parseIcs(
      calendarToIcs(
        {
          ...calendar,
          events: [{ ...release, title: 'Payments API 2.4', conflictKeys: [] }],
          conflicts: [],
        },
        { now },
      ),
    );
    expect(parsed.events[0].summary).toBe(
      'REL-2026-0042 Payments API 2.4 [production]',
    );
  });

  it('percent-encodes characters of an id that are not plain in a UID', () => {
    expect(eventUid({ id: 'change:a b;c,d' })).toBe(
      'change:a%20b%3Bc%2Cd@stagegate',
    );
  });

  it('writes an empty calendar when there are no events', () => {
    const parsed = parseIcs(
      calendarToIcs({ ...calendar, events: [], conflicts: [] }, { now }),
    );
    expect(parsed).toEqual({
      name: 'Stagegate release calendar',
      timezones: [],
      events: [],
    });
  });
});
