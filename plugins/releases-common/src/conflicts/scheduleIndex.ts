import { IntervalList } from './intervalList';
import { PreparedItem, prepareItem } from './items';
import { ScheduledItem } from './types';

type Entry = { start: number; end: number; value: PreparedItem };

/**
 * Interval lists by key, each sorted the first time it is read: building the index only
 * groups the items, and a list nobody asks about is never sorted.
 */
class LazyLists {
  private readonly entries = new Map<string, Entry[]>();
  private readonly lists = new Map<string, IntervalList<PreparedItem>>();

  add(key: string, item: PreparedItem) {
    const entry = { start: item.start, end: item.end, value: item };
    const list = this.entries.get(key);
    if (list) list.push(entry);
    else this.entries.set(key, [entry]);
  }

  get(key: string): IntervalList<PreparedItem> | undefined {
    let list = this.lists.get(key);
    if (!list) {
      const entries = this.entries.get(key);
      if (!entries) return undefined;
      list = new IntervalList(entries);
      this.lists.set(key, list);
      this.entries.delete(key);
    }
    return list;
  }
}

const keyOf = (environment: string, name: string) =>
  `${environment}\u0000${name}`;

/**
 * The forward schedule of changes indexed for online checks: one sorted interval list per
 * environment and CI, and per environment and owner, so a check looks up only the lists of
 * the CIs it touches (binary search plus the hits) instead of reading the whole schedule.
 * Cancelled and closed items, and empty intervals, are left out. Build it once and check
 * many slots against it; it does not change once built.
 *
 * @public
 */
export class ScheduleIndex {
  private constructor(
    private readonly byCi: LazyLists,
    private readonly byOwner: LazyLists,
    /** The number of items indexed. */
    readonly size: number,
  ) {}

  /** Indexes scheduled items. */
  static fromItems(items: Iterable<ScheduledItem>): ScheduleIndex {
    const byCi = new LazyLists();
    const byOwner = new LazyLists();
    let size = 0;
    for (const item of items) {
      const prepared = prepareItem(item);
      if (!prepared) continue;
      size++;
      for (const ref of prepared.refs) {
        byCi.add(keyOf(item.environment, ref), prepared);
      }
      if (item.owner)
        byOwner.add(keyOf(item.environment, item.owner), prepared);
    }
    return new ScheduleIndex(byCi, byOwner, size);
  }

  /**
   * Visits each indexed item that touches `entityRef` in `environment` and overlaps
   * `[from, to)` (milliseconds since the epoch).
   *
   * @internal
   */
  visitTouching(
    environment: string,
    entityRef: string,
    from: number,
    to: number,
    visit: (item: PreparedItem) => void,
  ): void {
    this.byCi.get(keyOf(environment, entityRef))?.overlapping(from, to, visit);
  }

  /**
   * Visits each indexed item of `owner` in `environment` that overlaps `[from, to)`
   * (milliseconds since the epoch).
   *
   * @internal
   */
  visitOwned(
    environment: string,
    owner: string,
    from: number,
    to: number,
    visit: (item: PreparedItem) => void,
  ): void {
    this.byOwner.get(keyOf(environment, owner))?.overlapping(from, to, visit);
  }
}
