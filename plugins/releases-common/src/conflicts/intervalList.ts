/**
 * Half-open intervals sorted by start, with the running maximum of their ends, so that
 * "which intervals overlap `[from, to)`" and "does one of them contain `[from, to)`" are a
 * binary search plus the hits, however long some intervals are.
 */
export class IntervalList<T> {
  private readonly starts: Float64Array;
  private readonly ends: Float64Array;
  /** `maxEnds[i]` is the latest end among intervals `0..i`. */
  private readonly maxEnds: Float64Array;
  private readonly values: T[];

  /** `entries` need not be sorted; intervals that are empty are kept but never overlap. */
  constructor(
    entries: ReadonlyArray<{ start: number; end: number; value: T }>,
  ) {
    const sorted = [...entries].sort((a, b) => a.start - b.start);
    this.starts = Float64Array.from(sorted, e => e.start);
    this.ends = Float64Array.from(sorted, e => e.end);
    this.maxEnds = new Float64Array(sorted.length);
    let max = -Infinity;
    sorted.forEach((entry, i) => {
      max = Math.max(max, entry.end);
      this.maxEnds[i] = max;
    });
    this.values = sorted.map(e => e.value);
  }

  /** The intervals, in order of start. */
  entries(): Array<{ start: number; end: number; value: T }> {
    return this.values.map((value, i) => ({
      start: this.starts[i],
      end: this.ends[i],
      value,
    }));
  }

  get length(): number {
    return this.values.length;
  }

  /** The number of intervals that start before `at` (or at it, when `inclusive`). */
  private countStarting(at: number, inclusive: boolean): number {
    let low = 0;
    let high = this.starts.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.starts[mid] < at || (inclusive && this.starts[mid] === at)) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  /** Calls `visit` with each interval that overlaps `[from, to)`, latest start first. */
  overlapping(
    from: number,
    to: number,
    visit: (value: T, start: number, end: number) => void,
  ): void {
    if (!(from < to)) return;
    for (let i = this.countStarting(to, false) - 1; i >= 0; i--) {
      if (this.maxEnds[i] <= from) return;
      if (this.ends[i] > from && this.ends[i] > this.starts[i]) {
        visit(this.values[i], this.starts[i], this.ends[i]);
      }
    }
  }

  /** Whether some interval overlaps `[from, to)`, without visiting any. */
  overlapsAny(from: number, to: number): boolean {
    const count = this.countStarting(to, false);
    return from < to && count > 0 && this.maxEnds[count - 1] > from;
  }

  /** Whether one interval contains all of `[from, to)`. */
  contains(from: number, to: number): boolean {
    const count = this.countStarting(from, true);
    return count > 0 && this.maxEnds[count - 1] >= to;
  }

  /**
   * The earliest start `s >= from`, on the grid `align` rounds up to, such that
   * `[s, s + length)` lies inside one interval; Infinity when none starts before `until`.
   * Such a start is either `align(from)` or `align(start)` of a later interval.
   */
  earliestFit(
    from: number,
    length: number,
    until: number,
    align: (at: number) => number,
  ): number {
    const first = align(from);
    if (first < until && this.contains(first, first + length)) return first;
    for (let i = this.countStarting(from, true); i < this.starts.length; i++) {
      const start = align(this.starts[i]);
      if (start >= until) break;
      if (this.contains(start, start + length)) return start;
    }
    return Infinity;
  }

  /** The first interval that starts at or after `from` and is at least `length` long. */
  firstFrom(
    from: number,
    length: number,
  ): { start: number; end: number } | undefined {
    for (let i = this.countStarting(from, false); i < this.starts.length; i++) {
      if (this.ends[i] - this.starts[i] >= length) {
        return { start: this.starts[i], end: this.ends[i] };
      }
    }
    return undefined;
  }
}
