import fc from 'fast-check';
import { checkScheduleConflicts } from './check';
import { ScheduleIndex } from './scheduleIndex';
import { suggestSlots } from './slots';
import { ScheduleInterval } from './types';
import {
  at,
  contextArb,
  itemsArb,
  QUARTER,
  REFS,
} from './__testUtils__/conflictArbitraries';
import {
  chainGraph,
  checkContext,
  ci,
  cisOf,
  item,
  windows,
  windowSource,
} from './__testUtils__/conflictFixtures';

const A = 'component:default/a';
const cis = cisOf(ci(A, { system: 'system:default/payments' }));

const freeze = windowSource('freeze', {
  start: '2026-03-02T00:00',
  end: '2026-03-03T00:00',
  scope: { systems: ['payments'] },
});

const sundays = windowSource('sundays', {
  type: 'maintenance',
  enforcement: 'approval',
  rrule: 'FREQ=WEEKLY;BYDAY=SU',
  dtstart: '2026-01-04T02:00',
  duration: 'PT4H',
  scope: { systems: ['payments'], environments: ['production'] },
});

const request = {
  entityRefs: [A],
  environment: 'production',
  duration: 'PT2H',
  after: '2026-03-02T09:07:00Z',
};

describe('suggestSlots', () => {
  it('suggests slots right after a blackout', () => {
    const context = checkContext([], { cis, windows: windows(freeze) });
    expect(suggestSlots({ ...request, count: 2 }, context)).toEqual([
      { start: '2026-03-03T00:00:00.000Z', end: '2026-03-03T02:00:00.000Z' },
      { start: '2026-03-03T02:00:00.000Z', end: '2026-03-03T04:00:00.000Z' },
    ]);
  });

  it('suggests slots inside maintenance window occurrences only', () => {
    const context = checkContext([], { cis, windows: windows(sundays) });
    expect(suggestSlots({ ...request, count: 3 }, context)).toEqual([
      { start: '2026-03-08T02:00:00.000Z', end: '2026-03-08T04:00:00.000Z' },
      { start: '2026-03-08T04:00:00.000Z', end: '2026-03-08T06:00:00.000Z' },
      { start: '2026-03-15T02:00:00.000Z', end: '2026-03-15T04:00:00.000Z' },
    ]);
  });

  it('combines windows: the next maintenance occurrence that is not frozen', () => {
    const sundayFreeze = windowSource('sunday-freeze', {
      start: '2026-03-08T00:00',
      end: '2026-03-09T00:00',
    });
    const context = checkContext([], {
      cis,
      windows: windows(sundays, sundayFreeze),
    });
    expect(suggestSlots({ ...request, count: 1 }, context)).toEqual([
      { start: '2026-03-15T02:00:00.000Z', end: '2026-03-15T04:00:00.000Z' },
    ]);
  });

  it('steps past other slots on the same and related CIs, in the same environment only', () => {
    const schedule = [
      item({ start: '2026-03-02T09:00:00Z', end: '2026-03-02T10:10:00Z' }),
      item({
        entityRefs: ['component:default/b'],
        start: '2026-03-02T11:00:00Z',
        end: '2026-03-02T13:20:00Z',
      }),
      item({
        environment: 'sat',
        start: '2026-03-02T13:00:00Z',
        end: '2026-03-02T20:00:00Z',
      }),
    ];
    const context = checkContext(schedule, { graph: chainGraph() });
    expect(suggestSlots({ ...request, count: 2 }, context)).toEqual([
      { start: '2026-03-02T13:30:00.000Z', end: '2026-03-02T15:30:00.000Z' },
      { start: '2026-03-02T15:30:00.000Z', end: '2026-03-02T17:30:00.000Z' },
    ]);
  });

  it("skips the release's own slots, and checks its owner", () => {
    const owner = 'group:default/payments';
    const schedule = [
      item({
        id: 'moving',
        start: '2026-03-02T09:00:00Z',
        end: '2026-03-02T12:00:00Z',
      }),
      item({
        owner,
        entityRefs: ['component:default/z'],
        start: '2026-03-02T10:00:00Z',
        end: '2026-03-02T14:00:00Z',
      }),
    ];
    const context = checkContext(schedule);
    expect(
      suggestSlots({ ...request, id: 'moving', count: 1 }, context)[0].start,
    ).toBe('2026-03-02T09:15:00.000Z');
    expect(
      suggestSlots({ ...request, id: 'moving', owner, count: 1 }, context)[0]
        .start,
    ).toBe('2026-03-02T14:00:00.000Z');
  });

  it('returns what fits within the horizon, and nothing when nothing fits', () => {
    const context = checkContext([], { cis, windows: windows(sundays) });
    expect(
      suggestSlots({ ...request, duration: 'PT5H', count: 5 }, context),
    ).toEqual([]);
    expect(
      suggestSlots({ ...request, count: 5, horizonDays: 7 }, context),
    ).toHaveLength(2);
  });

  it('refuses a duration or start it cannot read', () => {
    const context = checkContext([]);
    expect(() =>
      suggestSlots({ ...request, duration: 'two hours' }, context),
    ).toThrow("duration 'two hours' is not a positive ISO 8601 duration");
    expect(() => suggestSlots({ ...request, after: 'now' }, context)).toThrow(
      "after 'now' is not an ISO 8601 date-time",
    );
  });

  it('finds the same slots as trying every quarter hour', () => {
    const requestArb = fc.record({
      entityRefs: fc.uniqueArray(fc.constantFrom(...REFS), {
        minLength: 1,
        maxLength: 2,
      }),
      environment: fc.constantFrom('sat', 'production'),
      quarters: fc.integer({ min: 1, max: 16 }),
      after: fc.integer({ min: -2, max: 40 }),
      owner: fc.option(fc.constant('group:default/x'), { nil: undefined }),
      category: fc.option(fc.constant('emergency' as const), {
        nil: undefined,
      }),
    });
    fc.assert(
      fc.property(itemsArb, contextArb, requestArb, (items, base, wanted) => {
        const context = { ...base, schedule: ScheduleIndex.fromItems(items) };
        const slotRequest = {
          ...wanted,
          duration: `PT${wanted.quarters * 15}M`,
          after: new Date(Date.parse(at(wanted.after)) - 60_000).toISOString(),
          horizonDays: 1,
          count: 4,
        };
        const expected: ScheduleInterval[] = [];
        const until = Date.parse(slotRequest.after) + 86_400_000;
        const length = wanted.quarters * QUARTER;
        for (
          let start = Date.parse(at(wanted.after));
          start + length <= until && expected.length < 4;

        ) {
          const slot = {
            start: new Date(start).toISOString(),
            end: new Date(start + length).toISOString(),
          };
          const free =
            checkScheduleConflicts(
              {
                id: '',
                kind: 'release',
                title: 'Suggested slot',
                ...wanted,
                ...slot,
              },
              context,
            ).length === 0;
          if (free) expected.push(slot);
          start += free ? length : QUARTER;
        }
        expect(suggestSlots(slotRequest, context)).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  });
});
