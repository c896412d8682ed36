import { Entity } from '@backstage/catalog-model';
import { readFileSync } from 'fs';
import { resolve } from 'path';
import { parseAllDocuments } from 'yaml';
import {
  describeChangeWindowProblems,
  isChangeWindowEntity,
} from './changeWindow';

const EXAMPLES_FILE = resolve(
  __dirname,
  '../../../examples/change-windows.yaml',
);

function loadExamples(): Entity[] {
  return parseAllDocuments(readFileSync(EXAMPLES_FILE, 'utf8')).map(
    document => document.toJS() as Entity,
  );
}

function aWindow(spec: Record<string, unknown> = {}): Entity {
  return {
    apiVersion: 'stagegate.dev/v1alpha1',
    kind: 'ChangeWindow',
    metadata: { name: 'year-end-freeze' },
    spec: {
      type: 'blackout',
      enforcement: 'block',
      timezone: 'America/New_York',
      start: '2026-12-15T00:00',
      end: '2027-01-05T00:00',
      owner: 'group:release-managers',
      ...spec,
    },
  };
}

const ONE_OFF_FIELDS_UNSET = { start: undefined, end: undefined };

/** A recurring window: every Saturday at 22:00 for six hours. */
function aRecurringWindow(spec: Record<string, unknown> = {}): Entity {
  return aWindow({
    ...ONE_OFF_FIELDS_UNSET,
    type: 'maintenance',
    rrule: 'FREQ=WEEKLY;BYDAY=SA',
    dtstart: '2026-01-03T22:00',
    duration: 'PT6H',
    ...spec,
  });
}

function problemsOf(entity: Entity, environments?: readonly string[]) {
  return describeChangeWindowProblems(entity.spec, { environments });
}

describe('isChangeWindowEntity', () => {
  const examples = loadExamples();

  it('finds the example windows', () => {
    expect(examples.map(entity => entity.metadata.name)).toEqual([
      'year-end-freeze',
      'platform-saturday-maintenance',
      'payments-month-end-freeze',
    ]);
  });

  it.each(examples.map(entity => [entity.metadata.name, entity] as const))(
    'accepts the example %s',
    (_name, entity) => {
      expect(isChangeWindowEntity(entity)).toBe(true);
    },
  );

  it('accepts fields it does not know in the spec', () => {
    expect(isChangeWindowEntity(aWindow({ notes: 'Agreed by the CAB' }))).toBe(
      true,
    );
  });

  it('accepts a recurring window', () => {
    expect(isChangeWindowEntity(aRecurringWindow())).toBe(true);
  });

  it('rejects another kind with a ChangeWindow spec', () => {
    expect(isChangeWindowEntity({ ...aWindow(), kind: 'Component' })).toBe(
      false,
    );
  });

  it('rejects another API version', () => {
    expect(
      isChangeWindowEntity({ ...aWindow(), apiVersion: 'stagegate.dev/v1' }),
    ).toBe(false);
  });

  it.each([
    ['an unknown type', { type: 'freeze' }],
    ['an unknown enforcement', { enforcement: 'deny' }],
    ['no enforcement', { enforcement: undefined }],
    ['an empty owner', { owner: '' }],
    ['no owner', { owner: undefined }],
    ['no time zone', { timezone: undefined }],
    ['an unknown time zone', { timezone: 'Mars/Olympus' }],
    ['neither a one-off nor a recurring form', ONE_OFF_FIELDS_UNSET],
    ['both a one-off and a recurring form', { rrule: 'FREQ=DAILY' }],
    ['an end before its start', { end: '2026-12-01T00:00' }],
    ['an unknown scope selector', { scope: { teams: ['payments'] } }],
    ['an unknown category', { allowCategories: ['urgent'] }],
  ])('rejects a window with %s', (_case, spec) => {
    expect(isChangeWindowEntity(aWindow(spec))).toBe(false);
  });

  it('rejects a window without a spec', () => {
    const { spec: _spec, ...withoutSpec } = aWindow();
    expect(isChangeWindowEntity(withoutSpec)).toBe(false);
  });
});

describe('describeChangeWindowProblems', () => {
  it('finds nothing wrong with a valid spec', () => {
    expect(describeChangeWindowProblems(aWindow().spec)).toEqual([]);
  });

  it('finds nothing wrong with the examples', () => {
    for (const entity of loadExamples()) {
      expect(describeChangeWindowProblems(entity.spec)).toEqual([]);
    }
  });

  it('names a wrong type and the types allowed', () => {
    expect(
      describeChangeWindowProblems(aWindow({ type: 'freeze' }).spec),
    ).toEqual(['spec.type: must be one of blackout, maintenance']);
  });

  it('names a wrong enforcement and the enforcements allowed', () => {
    expect(
      describeChangeWindowProblems(aWindow({ enforcement: 'deny' }).spec),
    ).toEqual(['spec.enforcement: must be one of warn, approval, block']);
  });

  it('says when a field is missing', () => {
    expect(
      describeChangeWindowProblems(aWindow({ enforcement: undefined }).spec),
    ).toEqual([
      'spec.enforcement: is required and must be one of warn, approval, block',
    ]);
  });

  it('names an empty owner', () => {
    expect(describeChangeWindowProblems(aWindow({ owner: '' }).spec)).toEqual([
      'spec.owner: must be a non-empty entity reference, for example group:release-managers',
    ]);
  });

  it('lists every failing field once, in field order', () => {
    expect(
      describeChangeWindowProblems({
        owner: 'group:',
        type: 'freeze',
        enforcement: 7,
        rrule: 'FREQ=SOMETIMES',
      }),
    ).toEqual([
      'spec.type: must be one of blackout, maintenance',
      'spec.enforcement: must be one of warn, approval, block',
      'spec.timezone: is required and must be an IANA time zone such as Europe/London',
      "spec.rrule: 'FREQ=SOMETIMES' is not a valid RFC 5545 recurrence rule (FREQ must be one of YEARLY, MONTHLY, WEEKLY, DAILY, HOURLY, MINUTELY, SECONDLY); write one such as FREQ=WEEKLY;BYDAY=SA",
      'spec.dtstart: is required for a recurring window and must be a local date-time without offset, YYYY-MM-DDTHH:mm or YYYY-MM-DDTHH:mm:ss, such as 2026-12-15T00:00',
      'spec.duration: is required for a recurring window and must be a positive ISO 8601 duration such as PT6H',
      'spec.owner: must be a non-empty entity reference, for example group:release-managers',
    ]);
  });

  it.each([undefined, null, 'blackout', []])(
    'asks for an object when the spec is %p',
    spec => {
      expect(describeChangeWindowProblems(spec)).toEqual([
        'spec: must be an object with type, enforcement, timezone, owner, and either start and end or rrule, dtstart and duration',
      ]);
    },
  );
});

const LOCAL_DATE_TIME_RULE =
  'a local date-time without offset, YYYY-MM-DDTHH:mm or YYYY-MM-DDTHH:mm:ss, such as 2026-12-15T00:00';

describe('describeChangeWindowProblems: timezone', () => {
  it.each([
    'America/New_York',
    'Europe/London',
    'UTC',
    'Asia/Kolkata',
    'Etc/GMT+5',
  ])('accepts %s', timezone => {
    expect(problemsOf(aWindow({ timezone }))).toEqual([]);
  });

  it.each(['Mars/Olympus', '', 'Europe/Londres', '+02:00'])(
    'refuses %p, naming the field and an example',
    timezone => {
      expect(problemsOf(aWindow({ timezone }))).toEqual([
        'spec.timezone: must be an IANA time zone such as Europe/London',
      ]);
    },
  );

  it('says when the time zone is missing', () => {
    expect(problemsOf(aWindow({ timezone: undefined }))).toEqual([
      'spec.timezone: is required and must be an IANA time zone such as Europe/London',
    ]);
  });

  it('refuses a time zone that is not a string', () => {
    expect(problemsOf(aWindow({ timezone: 5 }))).toEqual([
      'spec.timezone: must be an IANA time zone such as Europe/London',
    ]);
  });
});

describe('describeChangeWindowProblems: one-off windows', () => {
  it('accepts a start and end with seconds', () => {
    expect(
      problemsOf(
        aWindow({ start: '2026-12-15T00:00:00', end: '2026-12-15T06:30:15' }),
      ),
    ).toEqual([]);
  });

  it.each([
    ['with an offset', '2026-12-15T00:00Z'],
    ['with a numeric offset', '2026-12-15T00:00+01:00'],
    ['a date only', '2026-12-15'],
    ['a date and time with a space', '2026-12-15 00:00'],
    ['an impossible date', '2026-02-30T00:00'],
    ['hour 24', '2026-12-15T24:00'],
    ['fractions of a second', '2026-12-15T00:00:00.000'],
    ['words', 'next Tuesday'],
  ])('refuses a start that is %s', (_case, start) => {
    expect(problemsOf(aWindow({ start, end: '2027-01-05T00:00' }))).toEqual([
      `spec.start: must be ${LOCAL_DATE_TIME_RULE}`,
    ]);
  });

  it('refuses an end that is not a local date-time', () => {
    expect(problemsOf(aWindow({ end: '2027-01-05' }))).toEqual([
      `spec.end: must be ${LOCAL_DATE_TIME_RULE}`,
    ]);
  });

  it('refuses an end before the start, naming both', () => {
    expect(problemsOf(aWindow({ end: '2026-12-01T00:00' }))).toEqual([
      'spec.end: must be after spec.start (2026-12-15T00:00)',
    ]);
  });

  it('refuses an end equal to the start', () => {
    expect(
      problemsOf(
        aWindow({ start: '2026-12-15T00:00', end: '2026-12-15T00:00:00' }),
      ),
    ).toEqual(['spec.end: must be after spec.start (2026-12-15T00:00)']);
  });

  it('asks for the end when only the start is given', () => {
    expect(problemsOf(aWindow({ end: undefined }))).toEqual([
      `spec.end: is required for a one-off window and must be ${LOCAL_DATE_TIME_RULE}`,
    ]);
  });

  it('asks for the start when only the end is given', () => {
    expect(problemsOf(aWindow({ start: undefined }))).toEqual([
      `spec.start: is required for a one-off window and must be ${LOCAL_DATE_TIME_RULE}`,
    ]);
  });
});

describe('describeChangeWindowProblems: recurring windows', () => {
  it('accepts a recurring window with exdates', () => {
    expect(
      problemsOf(
        aRecurringWindow({
          exdates: ['2026-12-26T22:00', '2027-01-02T22:00:00'],
        }),
      ),
    ).toEqual([]);
  });

  it.each([
    'FREQ=WEEKLY;BYDAY=SA',
    'RRULE:FREQ=DAILY;INTERVAL=2',
    'FREQ=MONTHLY;BYDAY=-1FR',
    'FREQ=MONTHLY;BYMONTHDAY=1,15;COUNT=10',
    'FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=24',
    'FREQ=WEEKLY;BYDAY=MO,TU;UNTIL=20271231T000000Z;WKST=MO',
  ])('accepts the rrule %s', rrule => {
    expect(problemsOf(aRecurringWindow({ rrule }))).toEqual([]);
  });

  it.each([
    [
      'FREQ=SOMETIMES',
      'FREQ must be one of YEARLY, MONTHLY, WEEKLY, DAILY, HOURLY, MINUTELY, SECONDLY',
    ],
    ['BYDAY=SA', 'FREQ is missing'],
    ['', 'FREQ is missing'],
    [
      'freq=weekly;byday=sa',
      'write its parts in upper case, such as FREQ=WEEKLY',
    ],
    [
      'rrule:FREQ=DAILY;byday=SA',
      'write its parts in upper case, such as FREQ=WEEKLY',
    ],
    [
      'FREQ=WEEKLY;BYDAY=XX',
      'BYDAY must list weekdays such as MO,TU or 1SA or -1FR',
    ],
    ['FREQ=DAILY;INTERVAL=abc', 'INTERVAL must be a positive integer'],
    ['FREQ=DAILY;INTERVAL=-2', 'INTERVAL must be a positive integer'],
    ['FREQ=DAILY;INTERVAL=0', 'INTERVAL must be a positive integer'],
    ['FREQ=DAILY;COUNT=1.5', 'COUNT must be a positive integer'],
    ['FREQ=DAILY;BYHOUR=25', 'BYHOUR must list integers from 0 to 23'],
    [
      'FREQ=MONTHLY;BYMONTHDAY=40',
      'BYMONTHDAY must list integers from 1 to 31 or -31 to -1',
    ],
    ['FREQ=WEEKLY;WKST=ZZ', 'WKST must be one of MO, TU, WE, TH, FR, SA, SU'],
    ['FREQ=DAILY;SOMETIMES=1', "Unknown RRULE property 'SOMETIMES'"],
    ['FREQ=DAILY;UNTIL=2026', 'Invalid UNTIL value: 2026'],
    [
      'DTSTART:20260103T220000Z\nRRULE:FREQ=WEEKLY',
      'give the RRULE alone; the first occurrence goes in spec.dtstart',
    ],
  ])('refuses the rrule %p, saying why', (rrule, reason) => {
    expect(problemsOf(aRecurringWindow({ rrule }))).toEqual([
      `spec.rrule: '${rrule}' is not a valid RFC 5545 recurrence rule (${reason}); write one such as FREQ=WEEKLY;BYDAY=SA`,
    ]);
  });

  it('refuses an rrule that is not a string', () => {
    expect(problemsOf(aRecurringWindow({ rrule: ['FREQ=DAILY'] }))).toEqual([
      'spec.rrule: must be an RFC 5545 recurrence rule without DTSTART, such as FREQ=WEEKLY;BYDAY=SA',
    ]);
  });

  it.each(['PT6H', 'PT30M', 'P1D', 'PT1H30M', 'P1W'])(
    'accepts the duration %s',
    duration => {
      expect(problemsOf(aRecurringWindow({ duration }))).toEqual([]);
    },
  );

  it.each([
    ['words', 'six hours'],
    ['a zero duration', 'PT0S'],
    ['an empty duration', 'PT'],
    ['a negative duration', '-PT6H'],
    ['a number', 6],
  ])('refuses %s as duration', (_case, duration) => {
    expect(problemsOf(aRecurringWindow({ duration }))).toEqual([
      'spec.duration: must be a positive ISO 8601 duration such as PT6H',
    ]);
  });

  it('refuses a dtstart that is not a local date-time', () => {
    expect(
      problemsOf(aRecurringWindow({ dtstart: '2026-01-03T22:00:00Z' })),
    ).toEqual([`spec.dtstart: must be ${LOCAL_DATE_TIME_RULE}`]);
  });

  it('names every bad exdate in one line', () => {
    expect(
      problemsOf(
        aRecurringWindow({
          exdates: ['2026-12-26', '2026-12-26T22:00', 'boxing day'],
        }),
      ),
    ).toEqual([
      `spec.exdates: '2026-12-26', 'boxing day' are not ${LOCAL_DATE_TIME_RULE}`,
    ]);
  });

  it('refuses exdates that are not a list', () => {
    expect(
      problemsOf(aRecurringWindow({ exdates: '2026-12-26T22:00' })),
    ).toEqual([
      `spec.exdates: must be a list of local date-times, each ${LOCAL_DATE_TIME_RULE}`,
    ]);
  });

  it('asks for the missing parts of a recurring window', () => {
    expect(
      problemsOf(aRecurringWindow({ dtstart: undefined, duration: undefined })),
    ).toEqual([
      `spec.dtstart: is required for a recurring window and must be ${LOCAL_DATE_TIME_RULE}`,
      'spec.duration: is required for a recurring window and must be a positive ISO 8601 duration such as PT6H',
    ]);
  });

  it('reads exdates alone as a recurring window that lacks its rule', () => {
    expect(
      problemsOf(
        aWindow({ ...ONE_OFF_FIELDS_UNSET, exdates: ['2026-12-26T22:00'] }),
      ),
    ).toEqual([
      'spec.rrule: is required for a recurring window and must be an RFC 5545 recurrence rule without DTSTART, such as FREQ=WEEKLY;BYDAY=SA',
      `spec.dtstart: is required for a recurring window and must be ${LOCAL_DATE_TIME_RULE}`,
      'spec.duration: is required for a recurring window and must be a positive ISO 8601 duration such as PT6H',
    ]);
  });
});

describe('describeChangeWindowProblems: one-off or recurring', () => {
  it('refuses both forms, naming the fields given', () => {
    expect(
      problemsOf(aWindow({ rrule: 'FREQ=DAILY', duration: 'PT1H' })),
    ).toEqual([
      'spec: gives both start, end and rrule, duration; a window is either one-off (start, end) or recurring (rrule, dtstart, duration, optional exdates), not both',
    ]);
  });

  it('refuses neither form', () => {
    expect(problemsOf(aWindow(ONE_OFF_FIELDS_UNSET))).toEqual([
      'spec: needs start and end for a one-off window, or rrule, dtstart and duration for a recurring one',
    ]);
  });

  it('still says which form is missing when another field is broken', () => {
    expect(
      problemsOf(aWindow({ ...ONE_OFF_FIELDS_UNSET, type: 'freeze' })),
    ).toEqual([
      'spec.type: must be one of blackout, maintenance',
      'spec: needs start and end for a one-off window, or rrule, dtstart and duration for a recurring one',
    ]);
  });
});

describe('describeChangeWindowProblems: scope', () => {
  it('accepts every selector', () => {
    expect(
      problemsOf(
        aWindow({
          scope: {
            systems: ['payments', 'system:default/platform'],
            environments: ['sat', 'production'],
            entities: ['component:default/payments-api', 'resource:ledger-db'],
            ciClasses: ['database', 'service'],
            criticalities: ['high', 'critical'],
          },
        }),
      ),
    ).toEqual([]);
  });

  it('accepts no scope and an empty one', () => {
    expect(problemsOf(aWindow({ scope: undefined }))).toEqual([]);
    expect(problemsOf(aWindow({ scope: {} }))).toEqual([]);
  });

  it('refuses an unknown selector, naming the selectors', () => {
    expect(
      problemsOf(aWindow({ scope: { systems: ['payments'], teams: ['a'] } })),
    ).toEqual([
      "spec.scope: 'teams' is not a selector; the selectors are systems, environments, entities, ciClasses, criticalities",
    ]);
  });

  it('refuses several unknown selectors in one line', () => {
    expect(
      problemsOf(aWindow({ scope: { teams: ['a'], system: ['b'] } })),
    ).toEqual([
      "spec.scope: 'teams', 'system' are not selectors; the selectors are systems, environments, entities, ciClasses, criticalities",
    ]);
  });

  it('refuses a scope that is not an object', () => {
    expect(problemsOf(aWindow({ scope: ['payments'] }))).toEqual([
      'spec.scope: must be an object with any of the selectors systems, environments, entities, ciClasses, criticalities',
    ]);
  });

  it.each([
    ['systems', 'must be a non-empty list of system names'],
    ['environments', 'must be a non-empty list of environments'],
    [
      'entities',
      'must be a non-empty list of entity refs such as component:default/payments-api',
    ],
    [
      'ciClasses',
      'must be a non-empty list of CI classes: application, service, database, server, network, hardware, document, library, website, api, other',
    ],
    [
      'criticalities',
      'must be a non-empty list of criticalities: low, medium, high, critical',
    ],
  ])('refuses an empty or scalar %s selector', (selector, rule) => {
    expect(problemsOf(aWindow({ scope: { [selector]: [] } }))).toEqual([
      `spec.scope.${selector}: ${rule}`,
    ]);
    expect(problemsOf(aWindow({ scope: { [selector]: 'payments' } }))).toEqual([
      `spec.scope.${selector}: ${rule}`,
    ]);
  });

  it.each([
    ['systems', [''], "'' is not a system name"],
    ['environments', ['', 7], "'', 7 are not an environment name"],
    [
      'entities',
      ['payments-api', 'component:default/payments-api'],
      "'payments-api' is not an entity ref such as component:default/payments-api",
    ],
    [
      'ciClasses',
      ['database', 'mainframe'],
      "'mainframe' is not one of application, service, database, server, network, hardware, document, library, website, api, other",
    ],
    [
      'criticalities',
      ['urgent', 'high', 'High'],
      "'urgent', 'High' are not one of low, medium, high, critical",
    ],
  ])('names the bad values of %s', (selector, values, problem) => {
    expect(problemsOf(aWindow({ scope: { [selector]: values } }))).toEqual([
      `spec.scope.${selector}: ${problem}`,
    ]);
  });

  it('checks scope environments against the configured ones when given', () => {
    const configured = ['dev', 'staging', 'prod'];
    expect(
      problemsOf(aWindow({ scope: { environments: ['prod'] } }), configured),
    ).toEqual([]);
    expect(
      problemsOf(
        aWindow({ scope: { environments: ['production', 'prod', 'uat'] } }),
        configured,
      ),
    ).toEqual([
      "spec.scope.environments: 'production', 'uat' are not a configured environment (dev, staging, prod)",
    ]);
  });
});

describe('describeChangeWindowProblems: allowCategories and owner', () => {
  it.each([[[]], [['emergency']], [['scheduled', 'unscheduled', 'emergency']]])(
    'accepts the categories %p',
    allowCategories => {
      expect(problemsOf(aWindow({ allowCategories }))).toEqual([]);
    },
  );

  it('names the bad categories and the categories allowed', () => {
    expect(
      problemsOf(aWindow({ allowCategories: ['emergency', 'urgent'] })),
    ).toEqual([
      "spec.allowCategories: 'urgent' is not one of scheduled, unscheduled, emergency",
    ]);
  });

  it('refuses categories that are not a list', () => {
    expect(problemsOf(aWindow({ allowCategories: 'emergency' }))).toEqual([
      'spec.allowCategories: must be a list of release categories: scheduled, unscheduled, emergency',
    ]);
  });

  it.each([
    'group:release-managers',
    'release-managers',
    'group:default/release-managers',
    'user:rita.release',
  ])('accepts the owner %s', owner => {
    expect(problemsOf(aWindow({ owner }))).toEqual([]);
  });

  it.each(['group:', 'group:default/', 'a:b:c', ' ', 'group:a/b/c', 42])(
    'refuses the owner %p',
    owner => {
      expect(problemsOf(aWindow({ owner }))).toEqual([
        'spec.owner: must be a non-empty entity reference, for example group:release-managers',
      ]);
    },
  );
});
