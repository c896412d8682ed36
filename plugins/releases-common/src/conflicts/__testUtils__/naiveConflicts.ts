import { CiGraph } from '../../ciGraph';
import { Conflict, ConflictType, ScheduledItem } from '../types';

/** The part of a conflict between two items that a reference implementation can check. */
export type OverlapTuple = {
  type: ConflictType;
  itemId: string;
  environment: string;
  otherId: string;
  entityRefs: string[];
  start: string;
  end: string;
};

export type NaiveOptions = {
  environments: readonly string[];
  relatedDepth?: number;
  graph?: CiGraph;
};

const ITEM_TYPES: ConflictType[] = [
  'ci-overlap',
  'related-ci-overlap',
  'owner-overlap',
];

/** The CI, related-CI and owner conflicts of a list of conflicts, as tuples. */
export function overlapTuples(conflicts: Conflict[]): OverlapTuple[] {
  return conflicts
    .filter(c => ITEM_TYPES.includes(c.type))
    .map(c => ({
      type: c.type,
      itemId: c.itemId,
      environment: c.environment,
      otherId: c.other.id,
      entityRefs: c.entityRefs,
      start: c.interval.start,
      end: c.interval.end,
    }));
}

/** Tuples in one order, for comparison. */
export function sortedTuples(tuples: OverlapTuple[]): string[] {
  return tuples.map(t => JSON.stringify(t)).sort();
}

/**
 * The reference: compares every pair of items, straight from the design's rules. Items of
 * the same kind and id never conflict; related CIs are those only one side touches.
 */
export function naiveOverlaps(
  items: ScheduledItem[],
  options: NaiveOptions,
): OverlapTuple[] {
  const depth = options.relatedDepth ?? 1;
  const production = options.environments[options.environments.length - 1];
  // Times are read once, so that the pairwise loop measures comparisons, not parsing.
  const live = items
    .filter(i => i.status !== 'cancelled' && i.status !== 'closed')
    .map(i => ({ i, from: Date.parse(i.start), to: Date.parse(i.end) }))
    .filter(({ from, to }) => from < to);
  const found = new Map<string, OverlapTuple>();
  const add = (
    type: ConflictType,
    a: ScheduledItem,
    b: ScheduledItem,
    refs: string[],
    start: number,
    end: number,
  ) => {
    const key = [type, a.kind, a.id, a.environment, b.kind, b.id].join('|');
    const known = found.get(key);
    const merged = new Set([...(known?.entityRefs ?? []), ...refs]);
    found.set(key, {
      type,
      itemId: a.id,
      environment: a.environment,
      otherId: b.id,
      entityRefs: [...merged].sort(),
      start: new Date(
        Math.min(start, known ? Date.parse(known.start) : start),
      ).toISOString(),
      end: new Date(
        Math.max(end, known ? Date.parse(known.end) : end),
      ).toISOString(),
    });
  };
  for (const { i: a, from: aFrom, to: aTo } of live) {
    for (const { i: b, from: bFrom, to: bTo } of live) {
      if (a === b || (a.kind === b.kind && a.id === b.id)) continue;
      if (a.environment !== b.environment) continue;
      const start = Math.max(aFrom, bFrom);
      const end = Math.min(aTo, bTo);
      if (!(start < end)) continue;
      const shared = a.entityRefs.filter(r => b.entityRefs.includes(r));
      if (shared.length > 0) add('ci-overlap', a, b, shared, start, end);
      if (options.graph && depth > 0) {
        for (const x of a.entityRefs.filter(r => !b.entityRefs.includes(r))) {
          const near = options.graph.withinDepth(x, depth);
          for (const y of b.entityRefs.filter(r => !a.entityRefs.includes(r))) {
            if (near.has(y)) {
              add('related-ci-overlap', a, b, [x, y], start, end);
            }
          }
        }
      }
      if (a.owner && a.owner === b.owner && a.environment === production) {
        const refs = [...a.entityRefs, ...b.entityRefs];
        add('owner-overlap', a, b, refs, start, end);
      }
    }
  }
  return [...found.values()];
}
