/* eslint-disable no-console */
// Benchmark of the conflict engine on a synthetic forward schedule of changes: 10,000 CIs
// with about 3 dependency edges each (in 200 systems), 50,000 releases and changes over a
// year spread over the four environments, and 200 change windows, half of them recurring
// (weekly freezes and maintenance windows in several time zones, one-off freezes, a few of
// them across all of production). Slots on CIs with a maintenance window are planned inside
// an occurrence nine times out of ten, as a calendar that suggests slots would have them.
// All data comes from a seeded generator, so every run measures the same schedule.
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
  ConflictCi,
  ConflictContext,
  ConflictWindow,
  ConflictWindowSource,
  DEFAULT_ENVIRONMENTS,
  RELEASE_CATEGORIES,
  ScheduleIndex,
  ScheduledItem,
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

const CIS = 10_000;
const EDGES_PER_CI = 3;
const SYSTEMS = 200;
const OWNERS = 300;
const ITEMS = 50_000;
const WINDOWS = 200;
const CHECKS = 200;

const YEAR_START = Date.parse('2026-01-01T00:00:00.000Z');
const YEAR = 365 * 86_400_000;
const QUARTER = 15 * 60_000;
const HORIZON = {
  start: '2026-01-01T00:00:00.000Z',
  end: '2027-01-02T00:00:00.000Z',
};

// mulberry32: deterministic, and uniform enough that slots do not cluster.
let seed = 2026;
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = <T>(values: readonly T[]): T =>
  values[Math.floor(random() * values.length)];
const below = (n: number) => Math.floor(random() * n);

const ref = (i: number) => `component:default/c${i}`;
const systemOf = (i: number) => `system:default/s${i % SYSTEMS}`;
const environments = DEFAULT_ENVIRONMENTS;
const production = environments[environments.length - 1];

function syntheticCis(): Map<string, ConflictCi> {
  const cis = new Map<string, ConflictCi>();
  for (let i = 0; i < CIS; i++) {
    cis.set(ref(i), {
      entityRef: ref(i),
      system: systemOf(i),
      ciClass: pick(['service', 'database', 'application', 'server'] as const),
      criticality:
        random() < 0.02 ? 'critical' : pick(['low', 'medium', 'high'] as const),
      environments: [...environments],
    });
  }
  return cis;
}

function syntheticEdges() {
  const edges = [];
  for (let i = 0; i < CIS; i++) {
    for (let e = 0; e < EDGES_PER_CI; e++) {
      const j = below(CIS);
      if (j !== i)
        edges.push({ source: ref(i), type: 'dependsOn', target: ref(j) });
    }
  }
  return edges;
}

/** Occurrences of the maintenance windows per system and environment, in milliseconds. */
type MaintenanceSlots = Map<string, Array<[number, number]>>;

function maintenanceSlots(windows: ConflictWindow[]): MaintenanceSlots {
  const slots: MaintenanceSlots = new Map();
  for (const window of windows) {
    if (window.type !== 'maintenance') continue;
    for (const system of window.scope?.systems ?? []) {
      for (const environment of window.environments ?? environments) {
        const key = `system:default/${system} ${environment}`;
        const list = slots.get(key) ?? [];
        for (const o of window.occurrences) {
          const occurrence: [number, number] = [
            Date.parse(o.start),
            Date.parse(o.end),
          ];
          // Items stay within the year, inside the horizon the windows cover.
          if (occurrence[1] <= YEAR_START + YEAR) list.push(occurrence);
        }
        slots.set(key, list);
      }
    }
  }
  return slots;
}

/**
 * A release or change at a random time; on a CI with maintenance windows in its
 * environment it is planned inside an occurrence nine times out of ten, as a calendar that
 * suggests slots would have it, and conflicts the tenth time.
 */
function syntheticItem(
  i: number,
  maintenance: MaintenanceSlots,
): ScheduledItem {
  let start = YEAR_START + below(YEAR / QUARTER) * QUARTER;
  let end = start + (2 + below(30)) * QUARTER;
  const first = below(CIS);
  const count = random() < 0.7 ? 1 : 2 + below(2);
  // A release's further CIs are in the same system, as they mostly are in practice.
  const entityRefs = Array.from({ length: count }, (_, k) =>
    ref(k === 0 ? first : (first + SYSTEMS * below(5)) % CIS),
  );
  const environment = random() < 0.4 ? production : pick(environments);
  const inside = maintenance.get(`${systemOf(first)} ${environment}`);
  if (inside && random() < 0.9) {
    const [from, to] = pick(inside);
    const quarters = Math.max(
      1,
      Math.min((end - start) / QUARTER, (to - from) / QUARTER),
    );
    start = from + below((to - from) / QUARTER - quarters + 1) * QUARTER;
    end = start + quarters * QUARTER;
  }
  return {
    id: `item-${i}`,
    kind: random() < 0.7 ? 'release' : 'change',
    title: `Item ${i}`,
    entityRefs,
    environment,
    start: new Date(start).toISOString(),
    end: new Date(end).toISOString(),
    owner: `group:default/team-${below(OWNERS)}`,
    category: pick(RELEASE_CATEGORIES),
    status:
      random() < 0.05
        ? 'cancelled'
        : pick(['planning', 'approved', 'deployed']),
  };
}

const localDay = (offsetDays: number, hour: number) =>
  new Date(YEAR_START + offsetDays * 86_400_000 + hour * 3_600_000)
    .toISOString()
    .slice(0, 16);

function syntheticWindows(): ConflictWindowSource[] {
  const windows: ConflictWindowSource[] = [];
  for (let w = 0; w < WINDOWS; w++) {
    const recurring = w % 2 === 1;
    // Freezes are one-off or recurring; maintenance windows recur.
    const maintenance = recurring && random() < 0.6;
    const scope =
      w % 40 === 0
        ? { environments: [production] }
        : {
            systems: [`s${below(SYSTEMS)}`],
            ...(random() < 0.7 ? { environments: [production] } : {}),
          };
    const timing = recurring
      ? {
          rrule: `FREQ=WEEKLY;BYDAY=${pick([
            'MO',
            'TU',
            'WE',
            'TH',
            'FR',
            'SA',
            'SU',
          ])}`,
          dtstart: localDay(below(7), 18 + below(5)),
          duration: `PT${2 + below(6)}H`,
        }
      : (() => {
          const day = below(360);
          return {
            start: localDay(day, 0),
            end: localDay(day + 1 + below(10), 0),
          };
        })();
    windows.push({
      id: `window-${w}`,
      title: `Window ${w}`,
      spec: {
        type: maintenance ? 'maintenance' : 'blackout',
        enforcement: pick(['warn', 'approval', 'block'] as const),
        timezone: pick([
          'Europe/London',
          'America/New_York',
          'Asia/Kolkata',
          'UTC',
        ]),
        ...timing,
        scope,
        allowCategories: random() < 0.5 ? ['emergency'] : [],
      },
    });
  }
  return windows;
}

function p95(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.ceil(sorted.length * 0.95) - 1];
}

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
const items = Array.from({ length: ITEMS }, (_, i) =>
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
  item => Date.parse(item.start) < YEAR_START + 28 * 86_400_000,
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
  ...syntheticItem(ITEMS + i, maintenance),
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
