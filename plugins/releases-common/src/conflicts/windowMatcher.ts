import { toEntityRef } from '../entityRefs';
import { windowAppliesToCi } from '../windowScope';
import { IntervalList } from './intervalList';
import { ConflictCi, ConflictContext, ConflictWindow } from './types';

const normalized = (value: string, defaultKind?: string) =>
  toEntityRef(value, defaultKind) ?? value;

/** A window with its occurrences as an interval list, for one matcher. */
export type PreparedWindow = {
  window: ConflictWindow;
  /** The position of the window in the matcher. */
  index: number;
  occurrences: IntervalList<number>;
  horizonStart: number;
  horizonEnd: number;
  environments?: ReadonlySet<string>;
  allow: ReadonlySet<string>;
  /** `scope.entities` and `scope.systems` as full entity refs. */
  entities?: string[];
  systems?: string[];
};

/**
 * What is derived from a window, kept as long as the window object is: a ConflictWindow is
 * prepared once and then read by every check, so each check must not parse it again.
 */
const derived = new WeakMap<ConflictWindow, Omit<PreparedWindow, 'index'>>();

function prepared(window: ConflictWindow, index: number): PreparedWindow {
  let found = derived.get(window);
  if (!found) {
    const { entities, systems } = window.scope ?? {};
    found = {
      window,
      occurrences: new IntervalList(
        window.occurrences.map((o, i) => ({
          start: Date.parse(o.start),
          end: Date.parse(o.end),
          value: i,
        })),
      ),
      horizonStart: Date.parse(window.horizon.start),
      horizonEnd: Date.parse(window.horizon.end),
      environments: window.environments && new Set(window.environments),
      allow: new Set(window.allowCategories),
      entities: entities && [...new Set(entities.map(e => normalized(e)))],
      systems: systems && [
        ...new Set(systems.map(s => normalized(s, 'system'))),
      ],
    };
    derived.set(window, found);
  }
  return { ...found, index };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * The windows of one CI in one environment, split by type, with the occurrences of all of
 * them in one list per type, so that the usual answer ("no blackout overlaps, and the slot
 * is inside a maintenance occurrence") takes one binary search per type however many
 * windows apply. CIs with the same windows share one of these.
 */
export type CiWindows = {
  blackouts: PreparedWindow[];
  maintenance: PreparedWindow[];
  allBlackouts: IntervalList<PreparedWindow>;
  allMaintenance: IntervalList<PreparedWindow>;
  /** Where every one of the windows can judge a slot. */
  horizonStart: number;
  horizonEnd: number;
};

function ciWindows(
  blackouts: PreparedWindow[],
  maintenance: PreparedWindow[],
): CiWindows {
  const occurrences = (windows: PreparedWindow[]) =>
    new IntervalList(
      windows.flatMap(window =>
        window.occurrences.entries().map(({ start, end }) => ({
          start,
          end,
          value: window,
        })),
      ),
    );
  const all = [...blackouts, ...maintenance];
  return {
    blackouts,
    maintenance,
    allBlackouts: occurrences(blackouts),
    allMaintenance: occurrences(maintenance),
    horizonStart: Math.max(-Infinity, ...all.map(w => w.horizonStart)),
    horizonEnd: Math.min(Infinity, ...all.map(w => w.horizonEnd)),
  };
}

type WindowTrie = {
  children: Map<number, WindowTrie>;
  path: PreparedWindow[];
  windows?: CiWindows;
};

/**
 * Finds the windows whose scope matches a CI. Windows that list entities or systems are
 * only tried on those CIs; every candidate is then confirmed with `windowAppliesToCi`, so
 * the scope rules live in one place. Answers are remembered per CI for the life of the
 * matcher (one check, scan or slot search).
 */
export class WindowMatcher {
  private readonly byEntity = new Map<string, PreparedWindow[]>();
  private readonly bySystem = new Map<string, PreparedWindow[]>();
  private readonly general: PreparedWindow[] = [];
  private readonly byCi = new Map<string, readonly PreparedWindow[]>();
  private readonly shared: WindowTrie = { children: new Map(), path: [] };
  readonly isEmpty: boolean;

  constructor(
    windows: readonly ConflictWindow[],
    private readonly context: ConflictContext,
  ) {
    for (const [index, window] of windows.entries()) {
      const entry = prepared(window, index);
      if (entry.entities) {
        entry.entities.forEach(ref => push(this.byEntity, ref, entry));
      } else if (entry.systems) {
        entry.systems.forEach(ref => push(this.bySystem, ref, entry));
      } else {
        this.general.push(entry);
      }
    }
    this.isEmpty = windows.length === 0;
  }

  ciOf(entityRef: string): ConflictCi {
    return (
      this.context.cis?.get(entityRef) ?? {
        entityRef,
        ciClass: 'other',
        environments: [...this.context.environments],
      }
    );
  }

  /** The windows whose scope matches the CI and the environment. */
  windowsFor(entityRef: string, environment: string): CiWindows {
    let applying = this.byCi.get(entityRef);
    if (!applying) {
      applying = this.appliesTo(entityRef);
      this.byCi.set(entityRef, applying);
    }
    return this.inEnvironment(applying, environment);
  }

  /** The windows of `applying` whose environments include `environment`. */
  inEnvironment(
    applying: readonly PreparedWindow[],
    environment: string,
  ): CiWindows {
    // CIs with the same windows share one CiWindows, found through a trie of window indexes.
    let node = this.shared;
    for (const window of applying) {
      if (!window.environments || window.environments.has(environment)) {
        let child = node.children.get(window.index);
        if (!child) {
          child = { children: new Map(), path: [...node.path, window] };
          node.children.set(window.index, child);
        }
        node = child;
      }
    }
    node.windows ??= ciWindows(
      node.path.filter(w => w.window.type === 'blackout'),
      node.path.filter(w => w.window.type === 'maintenance'),
    );
    return node.windows;
  }

  /**
   * The windows whose scope, apart from its environments, matches the CI. Not remembered:
   * callers that ask for a CI more than once keep the answer.
   */
  appliesTo(entityRef: string): readonly PreparedWindow[] {
    const ci = this.ciOf(entityRef);
    const found: PreparedWindow[] = [];
    if (this.byEntity.size > 0) {
      this.consider(found, this.byEntity.get(entityRef), ci);
    }
    if (this.bySystem.size > 0) {
      if (ci.system !== undefined) {
        this.consider(found, this.bySystem.get(ci.system), ci);
      }
      if (ci.system !== entityRef) {
        this.consider(found, this.bySystem.get(entityRef), ci);
      }
    }
    this.consider(found, this.general, ci);
    return found;
  }

  private consider(
    found: PreparedWindow[],
    windows: PreparedWindow[] | undefined,
    ci: ConflictCi,
  ): void {
    for (const window of windows ?? []) {
      const { scope } = window.window;
      // A window that names both the CI's system and the CI is met twice.
      if ((!scope || windowAppliesToCi(scope, ci)) && !found.includes(window)) {
        found.push(window);
      }
    }
  }
}
