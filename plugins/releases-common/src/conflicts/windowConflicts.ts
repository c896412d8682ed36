import { ReleaseCategory } from '../release';
import { Finding } from './collector';
import { PreparedItem } from './items';
import { formatInstant } from './messages';
import { CiWindows, PreparedWindow, WindowMatcher } from './windowMatcher';

/** A window finding, with what a slot search needs to step past it. */
export type WindowFinding = Finding & {
  /** For a blackout: when the occurrence ends. */
  clearsAt?: number;
  /** For a maintenance window: every maintenance window that would let the CI change. */
  fitIn?: PreparedWindow[];
};

function judges(window: PreparedWindow, item: PreparedItem): boolean {
  if (item.start >= window.horizonStart && item.end <= window.horizonEnd) {
    return true;
  }
  if (window.window.truncated && item.end > window.horizonEnd) return false;
  const { kind, id } = item.item;
  throw new RangeError(
    `The window "${window.window.title}" (${
      window.window.id
    }) was prepared from ${formatInstant(
      window.horizonStart,
    )} to ${formatInstant(
      window.horizonEnd,
    )}, which does not cover the ${kind} ${id} (${item.item.start} to ${
      item.item.end
    }); prepare the windows over a horizon that covers every slot checked`,
  );
}

function allows(window: PreparedWindow, category?: ReleaseCategory): boolean {
  return category !== undefined && window.allow.has(category);
}

/**
 * The window conflicts of one item: each blackout occurrence that overlaps it, and each
 * maintenance window it should be inside but is not. A CI with maintenance windows for the
 * environment may change inside an occurrence of any of them; when the slot is inside none,
 * each of them that does not let the item's category through is a conflict.
 */
export function findWindowConflicts(
  item: PreparedItem,
  matcher: WindowMatcher,
  report: (finding: WindowFinding) => void,
): void {
  if (matcher.isEmpty) return;
  for (const ref of item.refs) {
    findCiWindowConflicts(
      item,
      ref,
      matcher.windowsFor(ref, item.item.environment),
      report,
    );
  }
}

/** The window conflicts of one item on one of its CIs, given the CI's windows. */
export function findCiWindowConflicts(
  item: PreparedItem,
  ref: string,
  windows: CiWindows,
  report: (finding: WindowFinding) => void,
): void {
  const { blackouts, maintenance } = windows;
  // The usual case in one binary search per type: every window can judge the slot, no
  // blackout occurrence overlaps it, and it is inside some maintenance occurrence.
  const judged =
    item.start >= windows.horizonStart && item.end <= windows.horizonEnd;
  const checkBlackouts =
    blackouts.length > 0 &&
    (!judged || windows.allBlackouts.overlapsAny(item.start, item.end));
  const checkMaintenance =
    maintenance.length > 0 &&
    (!judged || !windows.allMaintenance.contains(item.start, item.end));
  if (checkBlackouts) findBlackouts(item, ref, blackouts, report);
  if (checkMaintenance) findOutsideMaintenance(item, ref, maintenance, report);
}

function findBlackouts(
  item: PreparedItem,
  ref: string,
  windows: PreparedWindow[],
  report: (finding: WindowFinding) => void,
): void {
  const { category } = item.item;
  for (const window of windows) {
    if (allows(window, category) || !judges(window, item)) continue;
    if (!window.occurrences.overlapsAny(item.start, item.end)) continue;
    const { id, title, enforcement, allowCategories } = window.window;
    window.occurrences.overlapping(item.start, item.end, (_, start, end) =>
      report({
        item: item.item,
        type: 'blackout-window',
        other: { kind: 'window', id, title },
        itemRefs: [ref],
        start: Math.max(start, item.start),
        end: Math.min(end, item.end),
        enforcement,
        allowCategories,
        clearsAt: end,
      }),
    );
  }
}

function findOutsideMaintenance(
  item: PreparedItem,
  ref: string,
  windows: PreparedWindow[],
  report: (finding: WindowFinding) => void,
): void {
  let all = true;
  for (const window of windows) {
    if (!judges(window, item)) all = false;
    else if (window.occurrences.contains(item.start, item.end)) return;
  }
  const judged = all ? windows : windows.filter(w => judges(w, item));
  const { category } = item.item;
  for (const window of judged) {
    if (allows(window, category)) continue;
    const { id, title, enforcement, allowCategories } = window.window;
    report({
      item: item.item,
      type: 'outside-maintenance-window',
      other: { kind: 'window', id, title },
      itemRefs: [ref],
      start: item.start,
      end: item.end,
      enforcement,
      allowCategories,
      next: window.occurrences.firstFrom(item.start, item.end - item.start),
      fitIn: judged,
    });
  }
}
