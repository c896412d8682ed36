import {
  CiWindow,
  ConflictWindow,
  Release,
  ScheduleInterval,
  WindowSource,
  prepareConflictWindows,
} from '@stagegate/plugin-releases-common';
import { WindowStore } from '../database';
import { CiSnapshot } from './CiSnapshot';
import { CiSnapshotCache } from './CiSnapshotCache';
import { windowsOfRelease } from './releaseWindows';

const DAY = 86_400_000;

/** The period windows are expanded over once and then reused: yesterday to 400 days on. */
const PREPARED_BACK_DAYS = 1;
const PREPARED_AHEAD_DAYS = 400;

type Prepared = {
  /** Which catalog snapshot and which API window revisions the expansion was made from. */
  version: string;
  horizon: ScheduleInterval;
  windows: ConflictWindow[];
};

const yearFrom = (time: number): ScheduleInterval => ({
  start: new Date(time - PREPARED_BACK_DAYS * DAY).toISOString(),
  end: new Date(time + PREPARED_AHEAD_DAYS * DAY).toISOString(),
});

const within = (period: ScheduleInterval, horizon: ScheduleInterval) =>
  Date.parse(period.start) >= Date.parse(horizon.start) &&
  Date.parse(period.end) <= Date.parse(horizon.end);

/**
 * The change windows of the schedule, from the catalog (through the CI snapshot) and from the
 * API, as one list for conflicts, the gate and the calendar. Expanding recurring windows is
 * the costly part of a conflict check, so they are expanded once over the coming year and
 * reused until a window changes: the API windows are read on every call (one small query),
 * so a freeze made on another replica counts at once.
 *
 * @internal
 */
export class ScheduleWindows {
  private prepared?: Prepared;

  constructor(
    private readonly deps: {
      windows: WindowStore;
      snapshots: CiSnapshotCache;
      now?: () => Date;
    },
  ) {}

  /** Every window, catalog ones first. */
  async sources(): Promise<WindowSource[]> {
    const { sources } = await this.read();
    return sources;
  }

  /** The windows expanded over a horizon that covers `period`. */
  async preparedFor(period: ScheduleInterval): Promise<ConflictWindow[]> {
    const { sources, version } = await this.read();
    const cached = this.prepared;
    if (
      cached &&
      cached.version === version &&
      within(period, cached.horizon)
    ) {
      return cached.windows;
    }
    const horizon = this.horizonAround(period);
    const windows = prepareConflictWindows(sources, horizon);
    this.prepared = { version, horizon, windows };
    return windows;
  }

  /** The windows that apply to each release's CIs at `at`, by release id. */
  async ofReleases(
    releases: readonly Pick<Release, 'id' | 'entityRefs'>[],
    at: string,
  ): Promise<Map<string, CiWindow[]>> {
    const { sources, snapshot } = await this.read();
    return new Map(
      releases.map(release => [
        release.id,
        windowsOfRelease(snapshot, sources, release, at),
      ]),
    );
  }

  private async read(): Promise<{
    sources: WindowSource[];
    snapshot: CiSnapshot;
    version: string;
  }> {
    const [snapshot, api] = await Promise.all([
      this.deps.snapshots.get(),
      this.deps.windows.listWindows(),
    ]);
    const version = [
      snapshot.builtAt,
      ...api.map(window => `${window.id}@${window.revision}`),
    ].join(',');
    return { sources: [...snapshot.windows, ...api], snapshot, version };
  }

  /**
   * The coming year when `period` lies in it, as almost every check does; otherwise a year
   * from the period on, so that checks around another time reuse their expansion too.
   */
  private horizonAround(period: ScheduleInterval): ScheduleInterval {
    const now = (this.deps.now?.() ?? new Date()).getTime();
    const coming = yearFrom(now);
    if (within(period, coming)) return coming;
    const around = yearFrom(Date.parse(period.start));
    return within(period, around) ? around : period;
  }
}
