import { Conflict, Release } from '@stagegate/plugin-releases-common';
import { CheckedConflicts, ReleaseStore } from '../database';
import { ScheduleService, changeItem, releaseItems } from './ScheduleService';

const DAY = 86_400_000;

/** How far back and ahead the refresh looks: slots under way, and the coming year. */
const LOOK_BACK_DAYS = 1;
const LOOK_AHEAD_DAYS = 400;

/** The conflicts as text, one per id, in id order: equal when nothing changed. */
const fingerprint = (list: readonly Conflict[]) =>
  JSON.stringify(
    [...new Map(list.map(c => [c.id, c])).values()].sort((a, b) =>
      a.id.localeCompare(b.id),
    ),
  );

/**
 * Keeps the stored conflicts of upcoming releases current when something other than a
 * release changes them: a window edited in the catalog or through the API, a change
 * imported, releases seeded for a demo. One sweep finds every conflict of the forward
 * schedule; only releases whose conflicts differ are written.
 *
 * @internal
 */
export class ConflictRefresher {
  constructor(
    private readonly deps: {
      store: ReleaseStore;
      schedule: ScheduleService;
      now?: () => Date;
    },
  ) {}

  async refresh(): Promise<{ checked: number; changed: number }> {
    const now = (this.deps.now?.() ?? new Date()).getTime();
    const { releases, changes } = await this.deps.schedule.forwardSchedule({
      start: new Date(now - LOOK_BACK_DAYS * DAY).toISOString(),
      end: new Date(now + LOOK_AHEAD_DAYS * DAY).toISOString(),
    });
    const conflicts = await this.deps.schedule.scanConflicts([
      ...releases.flatMap(releaseItems),
      ...changes.map(changeItem),
    ]);
    const byRelease = new Map<string, Conflict[]>();
    for (const conflict of conflicts) {
      const list = byRelease.get(conflict.itemId) ?? [];
      list.push(conflict);
      byRelease.set(conflict.itemId, list);
    }
    const checkedAt = new Date(now).toISOString();
    const changed = new Map<string, CheckedConflicts>();
    for (const release of releases) {
      const current = byRelease.get(release.id) ?? [];
      if (needsWrite(release, current)) {
        changed.set(release.id, { items: current, checkedAt });
      }
    }
    await this.deps.store.refreshConflicts(changed);
    return { checked: releases.length, changed: changed.size };
  }
}

function needsWrite(release: Release, current: readonly Conflict[]): boolean {
  return (
    release.conflictsCheckedAt === undefined ||
    fingerprint(release.conflicts ?? []) !== fingerprint(current)
  );
}
