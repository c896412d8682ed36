/* eslint-disable no-console */
import { performance } from 'perf_hooks';

/** Milliseconds one call of `fn` takes. */
export function timeIt(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

/** The middle value of measurements, so one slow run (a GC pause) does not skew a figure. */
export function medianOf(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** The median of `runs` measurements. */
export function median(runs: number, measure: () => number): number {
  return medianOf(Array.from({ length: runs }, measure));
}

/** Prints one figure as a JSON line: {"name","value","unit"}. */
export function emit(name: string, value: number, unit: string): void {
  console.log(
    JSON.stringify({ name, value: Number(value.toPrecision(4)), unit }),
  );
}
