import { Finding, ConflictCollector } from './collector';
import {
  itemEnforcement,
  PreparedItem,
  prepareItem,
  productionOf,
  relatedDepthOf,
  sameItem,
} from './items';
import { ScheduleIndex } from './scheduleIndex';
import { Conflict, ConflictContext, ScheduledItem } from './types';
import { findWindowConflicts, WindowFinding } from './windowConflicts';
import { WindowMatcher } from './windowMatcher';

/**
 * What {@link checkScheduleConflicts} checks a slot against: the settings, CIs, graph and
 * prepared windows, and the indexed forward schedule of changes.
 *
 * @public
 */
export type ScheduleCheckContext = ConflictContext & {
  schedule: ScheduleIndex;
};

/** A finding of a check, with when it stops applying if the slot moves later. */
export type CheckFinding = WindowFinding;

const party = (other: PreparedItem) => ({
  kind: other.item.kind,
  id: other.item.id,
  title: other.item.title,
});

/**
 * Reports every conflict of one prepared item against the index and the windows. Shared by
 * the check and the slot search, so both judge a slot the same way.
 */
export function findCandidateConflicts(
  candidate: PreparedItem,
  context: ScheduleCheckContext,
  matcher: WindowMatcher,
  report: (finding: CheckFinding) => void,
): void {
  const { schedule, graph } = context;
  const { environment, owner } = candidate.item;
  const { start, end, refs } = candidate;
  const overlap = (other: PreparedItem) => ({
    item: candidate.item,
    other: party(other),
    start: Math.max(start, other.start),
    end: Math.min(end, other.end),
    clearsAt: other.end,
  });
  const direct = itemEnforcement(context, 'ci-overlap');
  for (const ref of refs) {
    schedule.visitTouching(environment, ref, start, end, other => {
      if (sameItem(other.item, candidate.item)) return;
      report({
        ...overlap(other),
        type: 'ci-overlap',
        itemRefs: [ref],
        enforcement: direct,
      });
    });
  }
  const depth = relatedDepthOf(context);
  if (graph && depth > 0) {
    const related = itemEnforcement(context, 'related-ci-overlap');
    for (const ref of refs) {
      for (const near of graph.withinDepth(ref, depth).keys()) {
        if (refs.includes(near)) continue;
        schedule.visitTouching(environment, near, start, end, other => {
          if (
            sameItem(other.item, candidate.item) ||
            other.refs.includes(ref)
          ) {
            return;
          }
          report({
            ...overlap(other),
            type: 'related-ci-overlap',
            itemRefs: [ref],
            otherRefs: [near],
            enforcement: related,
          });
        });
      }
    }
  }
  if (owner && environment === productionOf(context)) {
    const enforcement = itemEnforcement(context, 'owner-overlap');
    schedule.visitOwned(environment, owner, start, end, other => {
      if (sameItem(other.item, candidate.item)) return;
      report({
        ...overlap(other),
        type: 'owner-overlap',
        itemRefs: refs,
        otherRefs: other.refs,
        enforcement,
      });
    });
  }
  findWindowConflicts(candidate, matcher, report);
}

/**
 * The conflicts of one scheduled item (a slot being saved, or a dry run) against the forward
 * schedule of changes and the change windows, as in the design's conflict detection table.
 * Items of the schedule with the candidate's kind and id are its own, and are skipped. The
 * cost depends on the CIs and relations the candidate touches, not on the schedule's size.
 *
 * @param candidate - The slot to check; a cancelled or closed one has no conflicts.
 * @param context - The indexed schedule and what the checks read.
 * @returns One conflict per type and other party, naming every affected CI.
 * @public
 */
export function checkScheduleConflicts(
  candidate: ScheduledItem,
  context: ScheduleCheckContext,
): Conflict[] {
  const prepared = prepareItem(candidate);
  if (!prepared) return [];
  const collector = new ConflictCollector(context);
  const matcher = new WindowMatcher(context.windows ?? [], context);
  findCandidateConflicts(prepared, context, matcher, (finding: Finding) =>
    collector.add(finding),
  );
  return collector.conflicts();
}
