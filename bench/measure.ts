/* eslint-disable no-console */
import { performance } from 'perf_hooks';

/** Milliseconds one call of `fn` takes. */
export function timeIt(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

/** The median of `runs` measurements, so one slow run (a GC pause) does not skew a figure. */
export function median(runs: number, measure: () => number): number {
  const values = Array.from({ length: runs }, measure).sort((a, b) => a - b);
  return values[Math.floor(values.length / 2)];
}

/** Prints one figure as a JSON line: {"name","value","unit"}. */
export function emit(name: string, value: number, unit: string): void {
  console.log(
    JSON.stringify({ name, value: Number(value.toPrecision(4)), unit }),
  );
}
