import { ReleaseStatus } from './lifecycle';
import { Release } from './release';

/**
 * What kind of change a history entry records.
 *
 * @public
 */
export const HISTORY_ACTIONS = [
  'created',
  'updated',
  'transitioned',
  'approval',
  'test-results',
  'conflict-override',
] as const;

/**
 * What kind of change a history entry records.
 *
 * @public
 */
export type HistoryAction = (typeof HISTORY_ACTIONS)[number];

/**
 * One field that a change altered, with its value before and after (absent when the field
 * was or became empty).
 *
 * @public
 */
export type FieldChange = {
  field: string;
  before?: unknown;
  after?: unknown;
};

/**
 * One entry of a release's append-only history: who changed what, when, and why. Every
 * accepted change writes exactly one, in the same transaction as the change.
 *
 * @public
 */
export type HistoryEntry = {
  releaseId: string;
  /** The revision the change produced. */
  revision: number;
  action: HistoryAction;
  /** User or service entity ref of whoever made the change. */
  by: string;
  at: string;
  /** Set when the status changed. */
  from?: ReleaseStatus;
  to?: ReleaseStatus;
  reason?: string;
  changes: FieldChange[];
};

// Bookkeeping that changes with every write; listing it would bury the real changes.
// Conflicts are derived from the schedule, re-checked on their own; they are not edits.
const BOOKKEEPING: ReadonlySet<string> = new Set([
  'revision',
  'updatedAt',
  'conflicts',
  'conflictsCheckedAt',
  // Derived from the status change (which is listed) and from the clock.
  'stageEnteredAt',
  'overdue',
]);

// Key order must not make equal values look different, so compare a canonical form.
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) =>
            a.localeCompare(b),
          ),
        )
      : v,
  );
}

/**
 * The fields that differ between two versions of a release, in a stable (alphabetical)
 * order, leaving out `revision` and `updatedAt`. Without a `before`, every set field counts
 * as changed: that is a creation.
 *
 * @public
 */
export function diffRelease(
  before: Release | undefined,
  after: Release,
): FieldChange[] {
  const old = (before ?? {}) as Record<string, unknown>;
  const now = after as Record<string, unknown>;
  const fields = [...new Set([...Object.keys(old), ...Object.keys(now)])]
    .filter(field => !BOOKKEEPING.has(field))
    .sort();
  return fields.flatMap(field => {
    const [a, b] = [old[field], now[field]];
    if (canonical(a) === canonical(b)) return [];
    const change: FieldChange = { field };
    if (a !== undefined) change.before = a;
    if (b !== undefined) change.after = b;
    return [change];
  });
}

/**
 * The history entry for one accepted change of a release.
 *
 * @param before - The release before the change; absent when it was just created.
 * @param after - The release after the change, with its new revision.
 * @param meta - Who made the change and when, what kind of change it was, and why.
 * @public
 */
export function historyEntryFor(
  before: Release | undefined,
  after: Release,
  meta: { action: HistoryAction; by: string; at: string; reason?: string },
): HistoryEntry {
  const entry: HistoryEntry = {
    releaseId: after.id,
    revision: after.revision,
    action: meta.action,
    by: meta.by,
    at: meta.at,
    changes: diffRelease(before, after),
  };
  if (before && before.status !== after.status) {
    entry.from = before.status;
    entry.to = after.status;
  }
  if (meta.reason?.trim()) entry.reason = meta.reason.trim();
  return entry;
}

/**
 * Whether an update based on `revision` is stale, because the release has moved on since it
 * was read. A stale update is refused (409) rather than silently overwriting someone's work.
 *
 * @public
 */
export function isStaleRevision(release: Release, revision: number): boolean {
  return release.revision !== revision;
}
