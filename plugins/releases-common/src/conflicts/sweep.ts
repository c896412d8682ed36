import { ConflictCollector, Finding } from './collector';
import {
  itemEnforcement,
  PreparedItem,
  productionOf,
  relatedDepthOf,
  sameItem,
} from './items';
import { ConflictContext, ItemConflictType } from './types';
import { findCiWindowConflicts } from './windowConflicts';
import { CiWindows, PreparedWindow, WindowMatcher } from './windowMatcher';

const NONE: readonly number[] = [];
const END = -1;

/** The integer id of a name, given in order of first appearance. */
function intern(
  ids: Map<string, number>,
  names: string[] | undefined,
  name: string,
): number {
  let id = ids.get(name);
  if (id === undefined) {
    id = ids.size;
    ids.set(name, id);
    names?.push(name);
  }
  return id;
}

/**
 * The items in order of start. When the starts span little enough time, each start and
 * position is packed into one float64 so that a native numeric sort, without a comparator,
 * does the work; otherwise a comparator sort.
 */
function byStart(items: PreparedItem[]): PreparedItem[] {
  const count = items.length;
  const bits = Math.max(1, Math.ceil(Math.log2(count + 1)));
  let first = Infinity;
  let last = -Infinity;
  for (const item of items) {
    first = Math.min(first, item.start);
    last = Math.max(last, item.start);
  }
  const scale = 2 ** bits;
  if (count < 2 || (last - first + 1) * scale > Number.MAX_SAFE_INTEGER) {
    return items.sort((a, b) => a.start - b.start);
  }
  const keys = new Float64Array(count);
  for (let i = 0; i < count; i++)
    keys[i] = (items[i].start - first) * scale + i;
  keys.sort();
  const sorted = new Array<PreparedItem>(count);
  for (let i = 0; i < count; i++) sorted[i] = items[keys[i] % scale];
  return sorted;
}

/**
 * The sweep line of a scan. Items are visited in order of start; each (environment, CI) and
 * each production owner keeps the items under way, and an item conflicts with those under
 * way on its CIs, its related CIs and its owner when it starts. Items that have ended are
 * unlinked from a list when the list is next read. Every overlapping pair is met exactly
 * once, when the later of the two starts, so the work is the sort plus the pairs found, not
 * n². CIs, environments and owners are interned as integers, and the lists are linked
 * through typed arrays, so the sweep allocates almost nothing per item.
 */
export class Sweep {
  private readonly items: PreparedItem[];
  private readonly ends: Float64Array;
  private readonly envOf: Int32Array;
  private readonly refNames: string[] = [];
  private readonly refIds = new Map<string, number>();
  private readonly envNames: string[] = [];
  private readonly environmentCount: number;
  /**
   * One entry per item and CI: the CIs of item `i` are the entries `firstRef[i]` up to
   * `firstRef[i + 1]`, entry `k` names CI `refs[k]` of item `itemOf[k]`.
   */
  private readonly firstRef: Int32Array;
  private readonly refs: Int32Array;
  private readonly itemOf: Int32Array;
  /** Entries under way per `ref * environmentCount + env`: a list through `nextEntry`. */
  private readonly head: Int32Array;
  private readonly nextEntry: Int32Array;
  /** Production items under way per owner: a list through `nextOwned`. */
  private readonly ownerOf: Int32Array;
  private readonly ownerHead: Int32Array;
  private readonly nextOwned: Int32Array;
  private readonly neighbours: Array<readonly number[] | undefined>;
  private adjacency?: number[][];

  constructor(
    unsorted: PreparedItem[],
    private readonly context: ConflictContext,
    private readonly collector: ConflictCollector,
  ) {
    const items = byStart(unsorted);
    this.items = items;
    const count = items.length;
    let total = 0;
    for (let i = 0; i < count; i++) total += items[i].refs.length;
    this.ends = new Float64Array(count);
    this.envOf = new Int32Array(count);
    this.ownerOf = new Int32Array(count).fill(END);
    this.firstRef = new Int32Array(count + 1);
    this.refs = new Int32Array(total);
    this.itemOf = new Int32Array(total);
    const envIds = new Map<string, number>();
    const ownerIds = new Map<string, number>();
    const production = productionOf(context);
    let entry = 0;
    for (let i = 0; i < count; i++) {
      const { end, refs, item } = items[i];
      this.ends[i] = end;
      this.envOf[i] = intern(envIds, this.envNames, item.environment);
      if (item.owner && item.environment === production) {
        this.ownerOf[i] = intern(ownerIds, undefined, item.owner);
      }
      this.firstRef[i] = entry;
      for (const ref of refs) {
        this.refs[entry] = intern(this.refIds, this.refNames, ref);
        this.itemOf[entry++] = i;
      }
    }
    this.firstRef[count] = entry;
    this.environmentCount = envIds.size;
    this.head = new Int32Array(this.refNames.length * envIds.size).fill(END);
    this.nextEntry = new Int32Array(total).fill(END);
    this.ownerHead = new Int32Array(ownerIds.size).fill(END);
    this.nextOwned = new Int32Array(count).fill(END);
    this.neighbours = new Array(this.refNames.length).fill(undefined);
  }

  run(): void {
    const depth = relatedDepthOf(this.context);
    const withRelations = this.context.graph !== undefined && depth > 0;
    const envs = this.environmentCount;
    for (let i = 0; i < this.items.length; i++) {
      const start = this.items[i].start;
      const env = this.envOf[i];
      const from = this.firstRef[i];
      const to = this.firstRef[i + 1];
      for (let k = from; k < to; k++) {
        const ref = this.refs[k];
        const key = ref * envs + env;
        for (let e = this.prune(key, start); e !== END; e = this.nextEntry[e]) {
          this.pair('ci-overlap', i, this.itemOf[e], [ref], [ref]);
        }
        if (withRelations) this.related(i, ref, start, depth);
      }
      for (let k = from; k < to; k++) {
        const key = this.refs[k] * envs + env;
        this.nextEntry[k] = this.head[key];
        this.head[key] = k;
      }
      const owner = this.ownerOf[i];
      if (owner !== END) this.owned(i, owner, start);
    }
  }

  private related(i: number, ref: number, start: number, depth: number) {
    const env = this.envOf[i];
    for (const near of this.neighboursOf(ref, depth)) {
      const first = this.prune(near * this.environmentCount + env, start);
      if (first === END || this.touches(i, near)) continue;
      for (let e = first; e !== END; e = this.nextEntry[e]) {
        const j = this.itemOf[e];
        if (!this.touches(j, ref)) {
          this.pair('related-ci-overlap', i, j, [ref], [near]);
        }
      }
    }
  }

  private owned(i: number, owner: number, start: number) {
    // Unlink the owner's items that have ended, then pair with those left.
    let previous = END;
    for (let j = this.ownerHead[owner]; j !== END; j = this.nextOwned[j]) {
      if (this.ends[j] > start) {
        this.pair('owner-overlap', i, j, this.refsOf(i), this.refsOf(j));
        previous = j;
      } else if (previous === END) {
        this.ownerHead[owner] = this.nextOwned[j];
      } else {
        this.nextOwned[previous] = this.nextOwned[j];
      }
    }
    this.nextOwned[i] = this.ownerHead[owner];
    this.ownerHead[owner] = i;
  }

  /** Unlinks the entries of a list whose items ended by `at`; returns its first entry. */
  private prune(key: number, at: number): number {
    let previous = END;
    for (let e = this.head[key]; e !== END; e = this.nextEntry[e]) {
      if (this.ends[this.itemOf[e]] > at) {
        previous = e;
      } else if (previous === END) {
        this.head[key] = this.nextEntry[e];
      } else {
        this.nextEntry[previous] = this.nextEntry[e];
      }
    }
    return this.head[key];
  }

  private touches(i: number, ref: number): boolean {
    for (let k = this.firstRef[i]; k < this.firstRef[i + 1]; k++) {
      if (this.refs[k] === ref) return true;
    }
    return false;
  }

  private refsOf(i: number): number[] {
    return Array.from(
      this.refs.subarray(this.firstRef[i], this.firstRef[i + 1]),
    );
  }

  /** Related CIs that some item touches, as ids. */
  private neighboursOf(ref: number, depth: number): readonly number[] {
    if (depth === 1) return this.adjacent(ref);
    let found = this.neighbours[ref];
    if (!found) {
      const ids: number[] = [];
      for (const near of this.context
        .graph!.withinDepth(this.refNames[ref], depth)
        .keys()) {
        const id = this.refIds.get(near);
        if (id !== undefined) ids.push(id);
      }
      found = ids.length > 0 ? ids : NONE;
      this.neighbours[ref] = found;
    }
    return found;
  }

  /**
   * At depth 1 the related CIs that matter are those some item touches, so the graph is
   * read once for the touched CIs, relation by relation in both directions, instead of one
   * walk per CI. The result is the same as `withinDepth(ref, 1)` limited to touched CIs.
   */
  private adjacent(ref: number): readonly number[] {
    if (!this.adjacency) {
      const adjacency: number[][] = this.refNames.map(() => []);
      this.refNames.forEach((name, from) => {
        for (const relation of this.context.graph!.relationsOf(name)) {
          const to = this.refIds.get(relation.entityRef);
          if (to === undefined || to === from) continue;
          if (!adjacency[from].includes(to)) adjacency[from].push(to);
          if (!adjacency[to].includes(from)) adjacency[to].push(from);
        }
      });
      this.adjacency = adjacency;
    }
    return this.adjacency[ref];
  }

  /** Window conflicts of every item; the windows of each CI and environment are found once. */
  windows(matcher: WindowMatcher): void {
    if (matcher.isEmpty) return;
    const envs = this.environmentCount;
    const applying: Array<readonly PreparedWindow[] | undefined> = new Array(
      this.refNames.length,
    ).fill(undefined);
    const known = new Int32Array(this.head.length).fill(END);
    const found: CiWindows[] = [];
    const report = (finding: Finding) => this.collector.add(finding);
    for (let i = 0; i < this.items.length; i++) {
      const env = this.envOf[i];
      for (let k = this.firstRef[i]; k < this.firstRef[i + 1]; k++) {
        const ref = this.refs[k];
        const key = ref * envs + env;
        if (known[key] === END) {
          const windows = (applying[ref] ??= matcher.appliesTo(
            this.refNames[ref],
          ));
          known[key] = found.length;
          found.push(matcher.inEnvironment(windows, this.envNames[env]));
        }
        const windows = found[known[key]];
        if (windows.blackouts.length > 0 || windows.maintenance.length > 0) {
          findCiWindowConflicts(
            this.items[i],
            this.refNames[ref],
            windows,
            report,
          );
        }
      }
    }
  }

  /** Reports the overlap of items `i` (the later start) and `j`, for both of them. */
  private pair(
    type: ItemConflictType,
    i: number,
    j: number,
    refsOfI: number[],
    refsOfJ: number[],
  ) {
    const a = this.items[i];
    const b = this.items[j];
    if (sameItem(a.item, b.item)) return;
    const enforcement = itemEnforcement(this.context, type);
    const end = Math.min(a.end, b.end);
    const names = (ids: number[]) => ids.map(id => this.refNames[id]);
    const sameCi = type === 'ci-overlap';
    const report = (
      self: PreparedItem,
      other: PreparedItem,
      own: number[],
      theirs: number[],
    ) =>
      this.collector.add({
        type,
        item: self.item,
        other: {
          kind: other.item.kind,
          id: other.item.id,
          title: other.item.title,
        },
        itemRefs: names(own),
        otherRefs: sameCi ? undefined : names(theirs),
        start: a.start,
        end,
        enforcement,
      });
    report(a, b, refsOfI, refsOfJ);
    report(b, a, refsOfJ, refsOfI);
  }
}
