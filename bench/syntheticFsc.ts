// The synthetic forward schedule of changes the conflict benchmarks share: 10,000 CIs with
// about 3 dependency edges each (in 200 systems), 50,000 releases and changes over a year
// spread over the four environments, and 200 change windows, half of them recurring (weekly
// freezes and maintenance windows in several time zones, one-off freezes, a few of them
// across all of production). Slots on CIs with a maintenance window are planned inside an
// occurrence nine times out of ten, as a calendar that suggests slots would have them. All
// data comes from one seeded generator, so every run, and every benchmark, measures the same
// schedule as long as the functions below are called in the same order.
import {
  CiEdge,
  ConflictCi,
  ConflictWindow,
  ConflictWindowSource,
  DEFAULT_ENVIRONMENTS,
  RELEASE_CATEGORIES,
  ScheduledItem,
  prepareConflictWindows,
} from '@stagegate/plugin-releases-common';

/** The sizes of the synthetic schedule. */
export const FSC = {
  cis: 10_000,
  edgesPerCi: 3,
  systems: 200,
  owners: 300,
  items: 50_000,
  windows: 200,
};

const YEAR_START = Date.parse('2026-01-01T00:00:00.000Z');
const YEAR = 365 * 86_400_000;
const QUARTER = 15 * 60_000;

/** The year the schedule covers, with a day to spare: windows are prepared over it. */
export const HORIZON = {
  start: '2026-01-01T00:00:00.000Z',
  end: '2027-01-02T00:00:00.000Z',
};

/** The first `YEAR_START` millisecond, for benchmarks that pick subsets by time. */
export const SCHEDULE_START = YEAR_START;

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

/** The entity ref of the i-th synthetic CI. */
export const ref = (i: number) => `component:default/c${i}`;
/** The system of the i-th synthetic CI. */
export const systemOf = (i: number) => `system:default/s${i % FSC.systems}`;
/** The environments, in promotion order. */
export const environments = DEFAULT_ENVIRONMENTS;
const production = environments[environments.length - 1];

/** The CIs, by entity ref. Call first. */
export function syntheticCis(): Map<string, ConflictCi> {
  const cis = new Map<string, ConflictCi>();
  for (let i = 0; i < FSC.cis; i++) {
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

/** About three `dependsOn` edges per CI. Call second. */
export function syntheticEdges(): CiEdge[] {
  const edges: CiEdge[] = [];
  for (let i = 0; i < FSC.cis; i++) {
    for (let e = 0; e < FSC.edgesPerCi; e++) {
      const j = below(FSC.cis);
      if (j !== i) {
        edges.push({ source: ref(i), type: 'dependsOn', target: ref(j) });
      }
    }
  }
  return edges;
}

/** Occurrences of the maintenance windows per system and environment, in milliseconds. */
export type MaintenanceSlots = Map<string, Array<[number, number]>>;

/** Where the maintenance windows let each system change, from windows prepared over the year. */
export function maintenanceSlots(windows: ConflictWindow[]): MaintenanceSlots {
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
export function syntheticItem(
  i: number,
  maintenance: MaintenanceSlots,
): ScheduledItem {
  let start = YEAR_START + below(YEAR / QUARTER) * QUARTER;
  let end = start + (2 + below(30)) * QUARTER;
  const first = below(FSC.cis);
  const count = random() < 0.7 ? 1 : 2 + below(2);
  // A release's further CIs are in the same system, as they mostly are in practice.
  const entityRefs = Array.from({ length: count }, (_, k) =>
    ref(k === 0 ? first : (first + FSC.systems * below(5)) % FSC.cis),
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
    owner: `group:default/team-${below(FSC.owners)}`,
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

/** The change windows. Call third. */
export function syntheticWindows(): ConflictWindowSource[] {
  const windows: ConflictWindowSource[] = [];
  for (let w = 0; w < FSC.windows; w++) {
    const recurring = w % 2 === 1;
    // Freezes are one-off or recurring; maintenance windows recur.
    const maintenance = recurring && random() < 0.6;
    const scope =
      w % 40 === 0
        ? { environments: [production] }
        : {
            systems: [`s${below(FSC.systems)}`],
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

/** The synthetic schedule, generated in the order every benchmark uses. */
export type SyntheticFsc = {
  cis: Map<string, ConflictCi>;
  edges: CiEdge[];
  sources: ConflictWindowSource[];
  /** The windows prepared over {@link HORIZON}. */
  windows: ConflictWindow[];
  maintenance: MaintenanceSlots;
  items: ScheduledItem[];
  /** `count` slots to check, as a user would plan them, not yet in the schedule. */
  candidates(count: number): ScheduledItem[];
};

/**
 * Generates the whole schedule: CIs, edges, windows (prepared once over the year, which is
 * where the slots are planned from), then the items. Call `candidates` only after anything
 * else that draws random numbers, so the items stay the same in every benchmark.
 */
export function syntheticFsc(): SyntheticFsc {
  const cis = syntheticCis();
  const edges = syntheticEdges();
  const sources = syntheticWindows();
  const windows = prepareConflictWindows(sources, HORIZON);
  const maintenance = maintenanceSlots(windows);
  const items = Array.from({ length: FSC.items }, (_, i) =>
    syntheticItem(i, maintenance),
  );
  return {
    cis,
    edges,
    sources,
    windows,
    maintenance,
    items,
    candidates: count =>
      Array.from({ length: count }, (_, i) => ({
        ...syntheticItem(FSC.items + i, maintenance),
        status: 'planning',
      })),
  };
}

/** The 95th percentile of measurements. */
export function p95(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.ceil(sorted.length * 0.95) - 1];
}
