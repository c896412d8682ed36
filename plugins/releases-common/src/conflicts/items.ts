import {
  DEFAULT_CONFLICT_ENFORCEMENTS,
  IGNORED_SCHEDULE_STATUSES,
  ConflictOptions,
  ItemConflictType,
  ScheduledItem,
} from './types';
import { WindowEnforcement } from '../changeWindow';

/** A scheduled item with its times parsed and its CIs deduplicated. */
export type PreparedItem = {
  item: ScheduledItem;
  start: number;
  end: number;
  refs: readonly string[];
};

/** Milliseconds of an ISO 8601 instant; a RangeError names the item when it is not one. */
function millis(value: string, item: ScheduledItem, field: string): number {
  const time = Date.parse(value);
  if (Number.isNaN(time)) {
    throw new RangeError(
      `${item.kind} ${item.id} has ${field} '${value}', which is not an ISO 8601 date-time`,
    );
  }
  return time;
}

/**
 * The item ready for the engine, or undefined when it takes no part in conflicts: it is
 * cancelled or closed, or its interval is empty.
 */
export function prepareItem(item: ScheduledItem): PreparedItem | undefined {
  if (
    item.status !== undefined &&
    IGNORED_SCHEDULE_STATUSES.includes(item.status)
  ) {
    return undefined;
  }
  const start = millis(item.start, item, 'start');
  const end = millis(item.end, item, 'end');
  if (!(start < end)) return undefined;
  return { item, start, end, refs: distinct(item.entityRefs) };
}

/** The refs without repeats; the same array when it has none (the usual case). */
export function distinct(refs: readonly string[]): readonly string[] {
  for (let i = 1; i < refs.length; i++) {
    if (refs.lastIndexOf(refs[i], i - 1) >= 0) return [...new Set(refs)];
  }
  return refs;
}

/** Whether two items are the same release or change: those never conflict. */
export function sameItem(a: ScheduledItem, b: ScheduledItem): boolean {
  return a.id === b.id && a.kind === b.kind;
}

/** The production environment: the last configured one. */
export function productionOf(options: ConflictOptions): string | undefined {
  return options.environments[options.environments.length - 1];
}

/** The enforcement of a conflict between two items. */
export function itemEnforcement(
  options: ConflictOptions,
  type: ItemConflictType,
): WindowEnforcement {
  return options.enforcements?.[type] ?? DEFAULT_CONFLICT_ENFORCEMENTS[type];
}

/** The related-CI depth, default 1. */
export function relatedDepthOf(options: ConflictOptions): number {
  return options.relatedDepth ?? 1;
}
