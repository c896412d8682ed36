import fc from 'fast-check';
import { checkScheduleConflicts } from './check';
import { scanScheduleConflicts, scheduleHorizon } from './scan';
import { ScheduleIndex } from './scheduleIndex';
import {
  chainGraph,
  ENVIRONMENTS,
  item,
} from './__testUtils__/conflictFixtures';
import { contextArb, itemsArb } from './__testUtils__/conflictArbitraries';
import {
  naiveOverlaps,
  overlapTuples,
  sortedTuples,
} from './__testUtils__/naiveConflicts';

describe('scanScheduleConflicts', () => {
  it('reports an overlap for both items', () => {
    const first = item({ id: 'first' });
    const second = item({
      id: 'second',
      start: '2026-03-02T11:00:00.000Z',
      end: '2026-03-02T15:00:00.000Z',
    });
    const conflicts = scanScheduleConflicts([second, first], {
      environments: ENVIRONMENTS,
    });
    expect(conflicts.map(c => [c.itemId, c.other.id, c.interval.end])).toEqual([
      ['first', 'second', '2026-03-02T12:00:00.000Z'],
      ['second', 'first', '2026-03-02T12:00:00.000Z'],
    ]);
  });

  it('names both sides of a related overlap for both items', () => {
    const onA = item({ id: 'onA' });
    const onB = item({ id: 'onB', entityRefs: ['component:default/b'] });
    const conflicts = scanScheduleConflicts([onA, onB], {
      environments: ENVIRONMENTS,
      graph: chainGraph(),
    });
    expect(conflicts.map(c => [c.itemId, c.type, c.entityRefs])).toEqual([
      [
        'onA',
        'related-ci-overlap',
        ['component:default/a', 'component:default/b'],
      ],
      [
        'onB',
        'related-ci-overlap',
        ['component:default/a', 'component:default/b'],
      ],
    ]);
  });

  it('finds exactly the CI, related-CI and owner overlaps of a pairwise comparison', () => {
    fc.assert(
      fc.property(itemsArb, contextArb, (items, context) => {
        const scanned = scanScheduleConflicts(items, context);
        expect(sortedTuples(overlapTuples(scanned))).toEqual(
          sortedTuples(naiveOverlaps(items, context)),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('agrees with checkScheduleConflicts for every item', () => {
    fc.assert(
      fc.property(itemsArb, contextArb, (items, context) => {
        const scanned = scanScheduleConflicts(items, context);
        const schedule = ScheduleIndex.fromItems(items);
        for (const candidate of items) {
          expect(
            checkScheduleConflicts(candidate, { ...context, schedule }),
          ).toEqual(scanned.filter(c => c.itemId === candidate.id));
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('scheduleHorizon', () => {
  it('spans the items that take part, and nothing when none does', () => {
    expect(
      scheduleHorizon([
        item({ start: '2026-03-01T00:00:00Z', end: '2026-03-01T01:00:00Z' }),
        item({ start: '2026-03-05T00:00:00Z', end: '2026-03-06T00:00:00Z' }),
        item({
          start: '2026-12-01T00:00:00Z',
          end: '2026-12-02T00:00:00Z',
          status: 'cancelled',
        }),
      ]),
    ).toEqual({
      start: '2026-03-01T00:00:00.000Z',
      end: '2026-03-06T00:00:00.000Z',
    });
    expect(scheduleHorizon([])).toBeUndefined();
  });
});
