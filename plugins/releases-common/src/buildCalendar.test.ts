import { buildCalendar, CalendarInputs } from './buildCalendar';
import { calendarQuerySchema, MAX_CALENDAR_EVENTS } from './calendar';
import { HIDDEN_RELEASE_TITLE } from './calendarConflicts';
import { Change } from './change';
import { WindowSource } from './ciWindows';
import { Conflict, ConflictCi } from './conflicts';
import { aCompleteRelease } from './__testUtils__/releaseFixtures';

const API = 'component:default/payments-api';
const WEB = 'component:default/storefront-web';
const cis = new Map<string, ConflictCi>([
  [
    API,
    {
      entityRef: API,
      system: 'system:default/payments',
      ciClass: 'application',
      environments: ['test', 'production'],
    },
  ],
  [
    WEB,
    {
      entityRef: WEB,
      system: 'system:default/storefront',
      ciClass: 'application',
      environments: ['test', 'production'],
    },
  ],
]);

const period = {
  from: '2027-02-01T00:00:00.000Z',
  to: '2027-03-01T00:00:00.000Z',
};

const release = aCompleteRelease({
  id: 'r1',
  key: 'REL-2027-0001',
  title: 'Payments 7.1',
  entityRefs: [API],
  schedule: [
    {
      environment: 'production',
      start: '2027-02-10T10:00:00.000Z',
      end: '2027-02-10T12:00:00.000Z',
      status: 'planned',
    },
    {
      environment: 'sat',
      start: '2027-01-20T10:00:00.000Z',
      end: '2027-01-20T12:00:00.000Z',
      status: 'planned',
    },
  ],
});

const change: Change = {
  id: 'c1',
  title: 'Storefront DNS move',
  description: '',
  entityRefs: [WEB],
  environment: 'production',
  start: '2027-02-10T11:00:00.000Z',
  end: '2027-02-10T13:00:00.000Z',
  status: 'planned',
  category: 'scheduled',
  source: 'api',
  revision: 1,
  createdBy: 'user:default/paula.platform',
  createdAt: '2027-01-01T00:00:00.000Z',
  updatedAt: '2027-01-01T00:00:00.000Z',
};

const saturdays: WindowSource = {
  id: 'changewindow:default/storefront-saturdays',
  source: 'catalog',
  title: 'Storefront Saturdays',
  spec: {
    type: 'maintenance',
    enforcement: 'warn',
    timezone: 'Europe/London',
    rrule: 'FREQ=WEEKLY;BYDAY=SA',
    dtstart: '2027-01-02T22:00',
    duration: 'PT4H',
    owner: 'group:default/platform-team',
    scope: { systems: ['storefront'], environments: ['production'] },
  },
} as WindowSource;

const overlapWithHidden: Conflict = {
  id: 'ci-overlap/production/release/hidden',
  type: 'ci-overlap',
  severity: 'medium',
  enforcement: 'approval',
  itemId: 'r1',
  other: { kind: 'release', id: 'hidden', title: 'REL-2027-0009 Secret work' },
  entityRefs: [API],
  environment: 'production',
  interval: {
    start: '2027-02-10T11:00:00.000Z',
    end: '2027-02-10T12:00:00.000Z',
  },
  message:
    'The release "REL-2027-0009 Secret work" (hidden) also changes component:default/payments-api in production',
};

const overlapWithChange: Conflict = {
  ...overlapWithHidden,
  id: 'related-ci-overlap/production/change/c1',
  type: 'related-ci-overlap',
  other: { kind: 'change', id: 'c1', title: 'Storefront DNS move' },
  message: 'The change "Storefront DNS move" (c1) is related',
};

function inputs(query: Record<string, string | string[]> = {}): CalendarInputs {
  return {
    query: calendarQuerySchema.parse(query),
    period,
    releases: [release],
    changes: [change],
    windows: [saturdays],
    conflicts: [overlapWithHidden, overlapWithChange],
    cis,
  };
}

describe('buildCalendar', () => {
  it('lists slots in the period, changes and window occurrences, by start', () => {
    const calendar = buildCalendar(inputs());
    const ids = calendar.events.map(e => e.id);
    expect(ids).toContain('release:r1:production');
    expect(ids).not.toContain('release:r1:sat');
    expect(ids).toContain('change:c1');
    const saturdaysShown = calendar.events.filter(e => e.kind === 'window');
    expect(saturdaysShown).toHaveLength(4);
    // 22:00 in London is 22:00 UTC in winter.
    expect(saturdaysShown[0]).toMatchObject({
      start: '2027-02-06T22:00:00.000Z',
      end: '2027-02-07T02:00:00.000Z',
      timezone: 'Europe/London',
      windowType: 'maintenance',
      environments: ['production'],
    });
    const starts = calendar.events.map(e => e.start);
    expect(starts).toEqual([...starts].sort());
    expect(calendar.truncated).toBe(false);
  });

  it('keys conflicts per event and links both sides', () => {
    const calendar = buildCalendar(inputs());
    const related = calendar.conflicts.find(c => c.other.kind === 'change')!;
    expect(related).toMatchObject({
      key: 'release:r1:production#related-ci-overlap/production/change/c1',
      eventId: 'release:r1:production',
      otherEventId: 'change:c1',
    });
    const changeEvent = calendar.events.find(e => e.id === 'change:c1')!;
    expect(changeEvent.conflictKeys).toEqual([related.key]);
  });

  it('takes the title of a release the reader may not read out of its conflicts', () => {
    const hidden = buildCalendar(inputs()).conflicts.find(
      c => c.other.id === 'hidden',
    )!;
    expect(hidden.other.title).toBe(HIDDEN_RELEASE_TITLE);
    expect(hidden.message).not.toContain('Secret work');
    expect(hidden.otherEventId).toBeUndefined();
  });

  it('filters items and windows by system, environment and kind', () => {
    const storefront = buildCalendar(
      inputs({ system: 'system:default/storefront' }),
    );
    expect(new Set(storefront.events.map(e => e.kind))).toEqual(
      new Set(['change', 'window']),
    );
    expect(storefront.conflicts).toEqual([]);
    const test = buildCalendar(inputs({ environment: 'test' }));
    expect(test.events).toEqual([]);
    const windows = buildCalendar(inputs({ kind: 'window' }));
    expect(windows.events.every(e => e.kind === 'window')).toBe(true);
  });

  it('keeps only events in conflict with conflictsOnly', () => {
    const calendar = buildCalendar(inputs({ conflictsOnly: 'true' }));
    expect(calendar.events.map(e => e.id).sort()).toEqual([
      'change:c1',
      'release:r1:production',
    ]);
  });

  it('cuts the answer at the most events, and says so', () => {
    const many = Array.from({ length: MAX_CALENDAR_EVENTS + 1 }, (_, i) => ({
      ...change,
      id: `c${i}`,
    }));
    const calendar = buildCalendar({
      ...inputs({ kind: 'change' }),
      changes: many,
    });
    expect(calendar.events).toHaveLength(MAX_CALENDAR_EVENTS);
    expect(calendar.truncated).toBe(true);
  });
});

describe('calendarQuerySchema', () => {
  it('names the field of a bad period or filter', () => {
    const backwards = calendarQuerySchema.safeParse({
      from: '2027-02-02T00:00:00Z',
      to: '2027-02-01T00:00:00Z',
    });
    expect(backwards.success || backwards.error.issues[0].path).toEqual(['to']);
    const long = calendarQuerySchema.safeParse({
      from: '2027-01-01T00:00:00Z',
      to: '2028-03-01T00:00:00Z',
    });
    expect(long.success || long.error.issues[0].message).toMatch(/400 days/);
    const zone = calendarQuerySchema.safeParse({ tz: 'Mars/Olympus' });
    expect(zone.success || zone.error.issues[0].path).toEqual(['tz']);
  });
});
