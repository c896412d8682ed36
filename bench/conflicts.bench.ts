/* eslint-disable no-console */
// Benchmark of the conflict engine on a synthetic forward schedule of changes: 10,000 CIs
// with about 3 dependency edges each (in 200 systems), 50,000 releases and changes over a
// year spread over the four environments, and 200 change windows, half of them recurring
// (weekly freezes and maintenance windows in several time zones, one-off freezes, a few of
// them across all of production). Slots on CIs with a maintenance window are planned inside
// an occurrence nine times out of ten, as a calendar that suggests slots would have them.
// All data comes from the seeded generator in syntheticFsc.ts (shared with the database
// benchmark), so every run measures the same schedule.
//
// Figures, each against a baseline measured in the same run where there is one:
// - conflict-scan-ms, and conflict-scan-vs-naive: the sweep-line scan of the whole schedule
//   against a naive pairwise scan of the same data (the reference implementation of the
//   property tests); the scan's result is cross-checked against the naive one on a subset;
// - conflict-scan-vs-sort: the scan against reading and sorting the same intervals;
// - conflict-check-p95-ms-memory: single online checks against the schedule indexed in
//   memory, with the windows prepared once (as the backend keeps them between checks);
// - conflict-windows-prepare-ms and conflict-index-build-ms: the one-off preparations.
import {
  CiGraph,
  ConflictContext,
  ScheduleIndex,
  checkScheduleConflicts,
  prepareConflictWindows,
  scanScheduleConflicts,
} from '@stagegate/plugin-releases-common';
import {
  naiveOverlaps,
  overlapTuples,
  sortedTuples,
} from '../plugins/releases-common/src/conflicts/__testUtils__/naiveConflicts';
import { emit, median, medianOf, timeIt } from './measure';
import {
  HORIZON,
  SCHEDULE_START,
  environments,
  maintenanceSlots,
  p95,
  syntheticCis,
  syntheticEdges,
  syntheticItem,
  syntheticWindows,
  FSC,
} from './syntheticFsc';

const CHECKS = 200;

const cis = syntheticCis();
const edges = syntheticEdges();
const graph = CiGraph.fromEdges(edges);
const sources = syntheticWindows();

let windows = prepareConflictWindows(sources, HORIZON);
const prepareMs = median(3, () =>
  timeIt(() => {
    windows = prepareConflictWindows(sources, HORIZON);
  }),
);
const maintenance = maintenanceSlots(windows);
const items = Array.from({ length: FSC.items }, (_, i) =>
  syntheticItem(i, maintenance),
);
const context: ConflictContext = { environments, cis, graph, windows };

// The scan, everything included: parsing, sorting, the sweep, window checks, merging and
// messages. The first run warms the JIT up.
// Baseline: reading and sorting the same intervals by start, the least any sweep needs.
// Scan and sort runs alternate, so both see the same load on a shared machine.
let conflicts = scanScheduleConflicts(items, context);
const sortIntervals = () =>
  items
    .map(item => ({ start: Date.parse(item.start), end: Date.parse(item.end) }))
    .sort((a, b) => a.start - b.start);
const scanRuns: number[] = [];
const ratios: number[] = [];
for (let run = 0; run < 7; run++) {
  const scan = timeIt(() => {
    conflicts = scanScheduleConflicts(items, context);
  });
  const sort = timeIt(sortIntervals);
  scanRuns.push(scan);
  ratios.push(scan / sort);
}
const scanMs = medianOf(scanRuns);
// The naive pairwise scan is quadratic: running it on all 50,000 items would take minutes,
// so it runs on the items that start in the first four weeks (a deterministic subset, as
// dense in time as the whole year) and its time is scaled by (n / m)², the ratio of the
// pairs it would compare on all items. It finds only CI, related-CI and owner overlaps,
// while the timed scan also checks windows and writes messages, so the speed-up is
// understated rather than flattered.
const subset = items.filter(
  item => Date.parse(item.start) < SCHEDULE_START + 28 * 86_400_000,
);
const naiveOptions = { environments, graph };
let naive = naiveOverlaps(subset, naiveOptions);
const naiveSubsetMs = median(3, () =>
  timeIt(() => {
    naive = naiveOverlaps(subset, naiveOptions);
  }),
);
const naiveMs = naiveSubsetMs * (items.length / subset.length) ** 2;
const scannedSubset = overlapTuples(scanScheduleConflicts(subset, context));
const expected = sortedTuples(naive);
const actual = sortedTuples(scannedSubset);
if (
  expected.length !== actual.length ||
  expected.some((tuple, i) => tuple !== actual[i])
) {
  throw new Error(
    `The scan and the naive pairwise scan disagree on the subset: ${actual.length} vs ${expected.length} overlaps`,
  );
}
if (expected.length === 0)
  throw new Error('The subset has no overlaps to compare');

// Online checks: the schedule indexed once, then single candidates like the ones saved.
let schedule = ScheduleIndex.fromItems(items);
const indexMs = median(3, () =>
  timeIt(() => {
    schedule = ScheduleIndex.fromItems(items);
  }),
);
const candidates = Array.from({ length: CHECKS }, (_, i) => ({
  ...syntheticItem(FSC.items + i, maintenance),
  status: 'planning',
}));
const checkContext = { ...context, schedule };
candidates.slice(0, 20).forEach(c => checkScheduleConflicts(c, checkContext));
const checkMs = candidates.map(c =>
  timeIt(() => checkScheduleConflicts(c, checkContext)),
);

console.error(
  `conflicts: ${conflicts.length} in the full scan; subset ${
    subset.length
  } items, ${
    expected.length
  } overlaps cross-checked; naive subset ${naiveSubsetMs.toFixed(0)} ms`,
);
emit('conflict-windows-prepare-ms', prepareMs, 'ms');
emit('conflict-scan-ms', scanMs, 'ms');
emit('conflict-scan-vs-naive', naiveMs / scanMs, 'speed-up');
emit('conflict-scan-vs-sort', medianOf(ratios), 'ratio');
emit('conflict-index-build-ms', indexMs, 'ms');
emit('conflict-check-p95-ms-memory', p95(checkMs), 'ms');
