import { ConflictCollector } from './collector';
import { PreparedItem, prepareItem } from './items';
import { Sweep } from './sweep';
import {
  Conflict,
  ConflictContext,
  ScheduleInterval,
  ScheduledItem,
} from './types';
import { WindowMatcher } from './windowMatcher';

/**
 * Every conflict of a whole forward schedule of changes, for every item, with a sweep line
 * rather than by comparing all pairs: items are sorted by start once, and each (environment,
 * CI) and production owner keeps the items under way. An overlap between two items is
 * reported for both of them. The result for an item is the same as
 * {@link checkScheduleConflicts} gives for it against the rest of the schedule.
 *
 * @param items - The scheduled items; cancelled and closed ones are ignored.
 * @param context - Settings, CIs, graph and windows prepared over the schedule's horizon
 *   (see {@link scheduleHorizon}).
 * @public
 */
export function scanScheduleConflicts(
  items: Iterable<ScheduledItem>,
  context: ConflictContext,
): Conflict[] {
  const prepared: PreparedItem[] = [];
  for (const item of items) {
    const ready = prepareItem(item);
    if (ready) prepared.push(ready);
  }
  const collector = new ConflictCollector(context);
  const sweep = new Sweep(prepared, context, collector);
  sweep.run();
  sweep.windows(new WindowMatcher(context.windows ?? [], context));
  return collector.conflicts();
}

/**
 * The period the items that take part in conflicts span, from the earliest start to the
 * latest end; undefined when there are none. Prepare windows over it before a scan.
 *
 * @public
 */
export function scheduleHorizon(
  items: Iterable<ScheduledItem>,
): ScheduleInterval | undefined {
  let start = Infinity;
  let end = -Infinity;
  for (const item of items) {
    const ready = prepareItem(item);
    if (!ready) continue;
    start = Math.min(start, ready.start);
    end = Math.max(end, ready.end);
  }
  return start < end
    ? { start: new Date(start).toISOString(), end: new Date(end).toISOString() }
    : undefined;
}
