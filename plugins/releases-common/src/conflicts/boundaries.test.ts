import { ChangeWindowScope } from '../changeWindow';
import { ReleaseCategory } from '../release';
import { checkScheduleConflicts } from './check';
import { ScheduledItem } from './types';
import {
  chainGraph,
  checkContext,
  ci,
  cisOf,
  item,
  windows,
  windowSource,
} from './__testUtils__/conflictFixtures';

// What check.test.ts and windowConflicts.test.ts leave out: edges to the millisecond on both
// sides of every kind of conflict, excluded dates, scope selectors as the window matcher
// indexes them, allowed categories, and how far related-CI conflicts reach.

const A = 'component:default/a';
const B = 'component:default/b';
const C = 'component:default/c';
const D = 'component:default/d';

/** An instant on 2026-03-02, the day of the default slot (10:00 to 12:00 UTC). */
const at = (time: string) => `2026-03-02T${time}Z`;

/** Conflicts as [type, interval start, interval end], in milliseconds. */
const summary = (conflicts: ReturnType<typeof checkScheduleConflicts>) =>
  conflicts.map(c => [
    c.type,
    Date.parse(c.interval.start),
    Date.parse(c.interval.end),
  ]);
const expected = (type: string, start: string, end: string) => [
  [type, Date.parse(at(start)), Date.parse(at(end))],
];

describe('conflict edges, to the millisecond', () => {
  const owner = 'group:default/payments';
  const candidate = item({ owner });
  /** [how the slot lies, its start, its end, the overlap expected or none]. */
  const edges: Array<[string, string, string, [string, string] | undefined]> = [
    ['ends as the other starts', '08:00:00.000', '10:00:00.000', undefined],
    ['starts as the other ends', '12:00:00.000', '14:00:00.000', undefined],
    [
      'ends 1 ms after the other starts',
      '08:00:00.000',
      '10:00:00.001',
      ['10:00:00.000', '10:00:00.001'],
    ],
    [
      'starts 1 ms before the other ends',
      '11:59:59.999',
      '14:00:00.000',
      ['11:59:59.999', '12:00:00.000'],
    ],
  ];

  describe.each<[string, Partial<ScheduledItem>]>([
    ['ci-overlap', { entityRefs: [A] }],
    ['related-ci-overlap', { entityRefs: [B] }],
    ['owner-overlap', { entityRefs: [C], owner }],
  ])('%s', (type, other) => {
    test.each(edges)(
      'another slot that %s (the one checked, 10:00 to 12:00)',
      (_, start, end, overlap) => {
        const context = checkContext(
          [item({ ...other, start: at(start), end: at(end) })],
          { graph: chainGraph() },
        );
        expect(summary(checkScheduleConflicts(candidate, context))).toEqual(
          overlap ? expected(type, ...overlap) : [],
        );
      },
    );
  });

  describe('blackout-window', () => {
    const context = checkContext([], {
      windows: windows(
        windowSource('freeze', {
          start: '2026-03-02T10:00',
          end: '2026-03-02T12:00',
        }),
      ),
    });
    test.each(edges)(
      'a slot that %s, the other being a blackout from 10:00 to 12:00',
      (_, start, end, overlap) => {
        const slot = item({ start: at(start), end: at(end) });
        expect(summary(checkScheduleConflicts(slot, context))).toEqual(
          overlap ? expected('blackout-window', ...overlap) : [],
        );
      },
    );
  });

  describe('outside-maintenance-window', () => {
    const context = checkContext([], {
      windows: windows(
        windowSource('maintenance', {
          type: 'maintenance',
          start: '2026-03-02T10:00',
          end: '2026-03-02T12:00',
        }),
      ),
    });
    test.each([
      ['fills it exactly', false, '10:00:00.000', '12:00:00.000'],
      ['lies inside it', false, '10:30:00.000', '11:00:00.000'],
      ['starts 1 ms before it', true, '09:59:59.999', '12:00:00.000'],
      ['ends 1 ms after it', true, '10:00:00.000', '12:00:00.001'],
      ['ends as it starts', true, '08:00:00.000', '10:00:00.000'],
    ] as const)('a slot that %s: conflict %s', (_, conflicts, start, end) => {
      const slot = item({ start: at(start), end: at(end) });
      expect(summary(checkScheduleConflicts(slot, context))).toEqual(
        conflicts ? expected('outside-maintenance-window', start, end) : [],
      );
    });
  });

  describe('the horizon the windows were prepared over (2026)', () => {
    const context = checkContext([], {
      windows: windows(
        windowSource('freeze', {
          rrule: 'FREQ=WEEKLY',
          dtstart: '2026-01-01T00:00',
          duration: 'PT1H',
        }),
      ),
    });
    const check = (from: string, to: string) => () =>
      checkScheduleConflicts(
        item({ start: `${from}Z`, end: `${to}Z` }),
        context,
      );

    test.each([
      ['starts as it starts', '2026-01-01T00:00', '2026-01-01T02:00'],
      ['ends as it ends', '2026-12-31T22:00', '2027-01-01T00:00'],
    ])('judges a slot that %s', (_, from, to) => {
      expect(check(from, to)).not.toThrow();
    });

    test.each([
      ['starts 1 ms before it', '2025-12-31T23:59:59.999', '2026-01-01T02:00'],
      ['ends 1 ms after it', '2026-12-31T22:00', '2027-01-01T00:00:00.001'],
    ])('refuses a slot that %s', (_, from, to) => {
      expect(check(from, to)).toThrow(RangeError);
    });
  });
});

describe('excluded dates', () => {
  it('an excluded occurrence of a blackout does not block, the next one does', () => {
    const mondays = windowSource('mondays', {
      rrule: 'FREQ=WEEKLY;BYDAY=MO',
      dtstart: '2026-02-23T09:00',
      duration: 'PT4H',
      exdates: ['2026-03-02T09:00'],
    });
    const context = checkContext([], { windows: windows(mondays) });
    expect(checkScheduleConflicts(item(), context)).toEqual([]);
    const nextMonday = item({
      start: '2026-03-09T10:00:00Z',
      end: '2026-03-09T12:00:00Z',
    });
    expect(summary(checkScheduleConflicts(nextMonday, context))).toEqual([
      [
        'blackout-window',
        Date.parse('2026-03-09T10:00:00Z'),
        Date.parse('2026-03-09T12:00:00Z'),
      ],
    ]);
  });

  it('an excluded occurrence of a maintenance window lets nothing in, and is not suggested', () => {
    const daily = windowSource('daily', {
      type: 'maintenance',
      rrule: 'FREQ=DAILY',
      dtstart: '2026-02-01T10:00',
      duration: 'PT2H',
      exdates: ['2026-03-02T10:00', '2026-03-03T10:00'],
    });
    const context = checkContext([], { windows: windows(daily) });
    const [conflict, ...rest] = checkScheduleConflicts(item(), context);
    expect(rest).toEqual([]);
    expect(conflict.type).toBe('outside-maintenance-window');
    expect(conflict.message).toContain(
      'the next one from 2026-03-04 10:00 UTC to 2026-03-04 12:00 UTC',
    );
  });

  it('an excluded date that is not the start of an occurrence excludes nothing', () => {
    const context = checkContext([], {
      windows: windows(
        windowSource('daily', {
          rrule: 'FREQ=DAILY',
          dtstart: '2026-02-01T10:00',
          duration: 'PT2H',
          exdates: ['2026-03-02T10:30', '2026-03-03T10:00'],
        }),
      ),
    });
    expect(checkScheduleConflicts(item(), context)).toHaveLength(1);
  });
});

describe('scope selectors, as the window matcher indexes them', () => {
  const SYSTEM = 'system:default/payments';
  const UNKNOWN = 'component:default/not-in-the-catalog';
  const cis = cisOf(
    ci(A, { system: SYSTEM, ciClass: 'database', criticality: 'high' }),
    ci(B, { system: 'system:default/search', criticality: 'low' }),
    ci(SYSTEM, { ciClass: 'application' }),
  );
  const slot = item({ entityRefs: [A, B, SYSTEM, UNKNOWN] });

  test.each<[string, ChangeWindowScope | undefined, string[]]>([
    ['no scope', undefined, [A, B, UNKNOWN, SYSTEM]],
    [
      'environments only',
      { environments: ['production'] },
      [A, B, UNKNOWN, SYSTEM],
    ],
    ['another environment', { environments: ['sat'] }, []],
    ['a system by name', { systems: ['payments'] }, [A, SYSTEM]],
    ['a system by ref', { systems: [SYSTEM] }, [A, SYSTEM]],
    ['two systems (OR)', { systems: ['payments', 'search'] }, [A, B, SYSTEM]],
    ['an entity by ref', { entities: [B] }, [B]],
    ['a CI that is not in the catalog', { entities: [UNKNOWN] }, [UNKNOWN]],
    ['a CI class', { ciClasses: ['database'] }, [A]],
    ['two criticalities (OR)', { criticalities: ['low', 'high'] }, [A, B]],
    [
      'a system and a CI class (AND)',
      { systems: ['payments'], ciClasses: ['service'] },
      [],
    ],
    [
      'an entity and its system (AND)',
      { entities: [A], systems: ['payments'] },
      [A],
    ],
    [
      'an entity and another system (AND)',
      { entities: [A], systems: ['search'] },
      [],
    ],
    [
      'a system in another environment',
      { systems: ['payments'], environments: ['sat'] },
      [],
    ],
  ])('a blackout scoped to %s (%j) freezes %j', (_, scope, frozen) => {
    const context = checkContext([], {
      cis,
      windows: windows(
        windowSource('freeze', {
          start: '2026-03-02T00:00',
          end: '2026-03-03T00:00',
          scope,
        }),
      ),
    });
    const conflicts = checkScheduleConflicts(slot, context);
    expect(conflicts.flatMap(c => c.entityRefs)).toEqual([...frozen].sort());
  });
});

describe('allowed categories', () => {
  const freeze = (id: string, allowCategories: ReleaseCategory[]) =>
    windowSource(id, {
      start: '2026-03-02T00:00',
      end: '2026-03-03T00:00',
      allowCategories,
    });

  test.each<[ReleaseCategory[], ReleaseCategory | undefined, boolean]>([
    [['emergency'], 'emergency', false],
    [['emergency'], 'scheduled', true],
    [['emergency'], undefined, true],
    [['unscheduled'], 'emergency', true],
    [[], 'emergency', true],
    [['emergency', 'unscheduled'], 'unscheduled', false],
  ])(
    'a blackout that allows %j and a slot of category %s: conflict %s',
    (allow, category, conflicts) => {
      const context = checkContext([], {
        windows: windows(freeze('f', allow)),
      });
      expect(checkScheduleConflicts(item({ category }), context)).toHaveLength(
        conflicts ? 1 : 0,
      );
    },
  );

  it('an emergency passes the freeze that allows it, and is still caught by one that does not', () => {
    const context = checkContext([], {
      windows: windows(
        freeze('lets-emergencies-in', ['emergency']),
        freeze('total', []),
      ),
    });
    expect(
      checkScheduleConflicts(item({ category: 'emergency' }), context).map(
        c => c.other.id,
      ),
    ).toEqual(['total']);
  });

  it('lets an emergency through a window, never past another slot on the same CI', () => {
    const context = checkContext([item()], {
      windows: windows(freeze('f', ['emergency'])),
    });
    expect(
      checkScheduleConflicts(item({ category: 'emergency' }), context).map(
        c => c.type,
      ),
    ).toEqual(['ci-overlap']);
  });
});

describe('how far related-CI conflicts reach, in a chain a - b - c - d', () => {
  test.each([
    [A, D, 2, false],
    [A, D, 3, true],
    [D, A, 3, true],
    [C, A, 1, false],
    [C, A, 2, true],
    [D, B, 2, true],
  ])(
    'a slot on %s and another on %s at depth %i: conflict %s',
    (mine, theirs, relatedDepth, conflicts) => {
      const context = checkContext([item({ entityRefs: [theirs] })], {
        graph: chainGraph(),
        relatedDepth,
      });
      const found = checkScheduleConflicts(
        item({ entityRefs: [mine] }),
        context,
      );
      expect(found.map(c => [c.type, c.entityRefs])).toEqual(
        conflicts ? [['related-ci-overlap', [mine, theirs].sort()]] : [],
      );
    },
  );
});
