import fc from 'fast-check';
import { CiGraph } from '../../ciGraph';
import { RELEASE_CATEGORIES } from '../../release';
import { ConflictContext, ScheduledItem, ConflictWindow } from '../types';
import { ENVIRONMENTS } from './conflictFixtures';

// Small random schedules: six CIs, two environments, two owners, times on a quarter-hour
// grid over two days so that touching and overlapping slots are frequent.

export const REFS = ['a', 'b', 'c', 'd', 'e', 'f'].map(
  n => `component:default/${n}`,
);
export const BASE = Date.parse('2026-03-02T00:00:00.000Z');
export const QUARTER = 15 * 60_000;
export const at = (quarters: number) =>
  new Date(BASE + quarters * QUARTER).toISOString();

const itemArb = fc.record({
  kind: fc.constantFrom('release' as const, 'change' as const),
  entityRefs: fc.uniqueArray(fc.constantFrom(...REFS), {
    minLength: 1,
    maxLength: 3,
  }),
  environment: fc.constantFrom('sat', 'production'),
  start: fc.integer({ min: 0, max: 48 }),
  length: fc.integer({ min: 0, max: 12 }),
  owner: fc.option(fc.constantFrom('group:default/x', 'group:default/y'), {
    nil: undefined,
  }),
  status: fc.constantFrom(
    undefined,
    'planning',
    'approved',
    'cancelled',
    'closed',
  ),
  category: fc.option(fc.constantFrom(...RELEASE_CATEGORIES), {
    nil: undefined,
  }),
});

export const itemsArb = fc.array(itemArb, { maxLength: 25 }).map(list =>
  list.map(
    ({ start, length, ...rest }, i): ScheduledItem => ({
      ...rest,
      id: `i${i}`,
      title: `Item ${i}`,
      start: at(start),
      end: at(start + length),
    }),
  ),
);

const graphArb = fc
  .array(fc.tuple(fc.constantFrom(...REFS), fc.constantFrom(...REFS)), {
    maxLength: 8,
  })
  .map(pairs =>
    CiGraph.fromEdges(
      pairs.map(([source, target]) => ({ source, type: 'dependsOn', target })),
    ),
  );

const windowArb = fc
  .record({
    type: fc.constantFrom('blackout' as const, 'maintenance' as const),
    enforcement: fc.constantFrom(
      'warn' as const,
      'approval' as const,
      'block' as const,
    ),
    entities: fc.uniqueArray(fc.constantFrom(...REFS), {
      minLength: 1,
      maxLength: 3,
    }),
    environments: fc.option(fc.constant(['production']), { nil: undefined }),
    allowCategories: fc.uniqueArray(fc.constantFrom(...RELEASE_CATEGORIES), {
      maxLength: 1,
    }),
    occurrences: fc.array(
      fc.tuple(
        fc.integer({ min: -4, max: 60 }),
        fc.integer({ min: 1, max: 16 }),
      ),
      { maxLength: 4 },
    ),
  })
  .map(
    ({
      entities,
      occurrences,
      ...rest
    }): Omit<ConflictWindow, 'id' | 'title'> => ({
      ...rest,
      scope: { entities },
      occurrences: occurrences
        .map(([start, length]) => ({
          start: at(start),
          end: at(start + length),
        }))
        .sort((a, b) => a.start.localeCompare(b.start)),
      horizon: { start: at(-96), end: at(192) },
      truncated: false,
    }),
  );

export const contextArb = fc
  .record({
    graph: fc.option(graphArb, { nil: undefined }),
    relatedDepth: fc.integer({ min: 0, max: 3 }),
    windows: fc.array(windowArb, { maxLength: 3 }),
  })
  .map(
    ({ windows, ...rest }): ConflictContext => ({
      ...rest,
      environments: ENVIRONMENTS,
      windows: windows.map((w, i) => ({
        ...w,
        id: `w${i}`,
        title: `Window ${i}`,
      })),
    }),
  );
