import {
  Conflict,
  ConflictSeverity,
  ConflictType,
  CONFLICT_SEVERITIES,
  WindowEnforcement,
} from '@stagegate/plugin-releases-common';

/**
 * The kinds of scheduling conflict, as people say them.
 *
 * @internal
 */
export const CONFLICT_TYPE_LABELS: Record<ConflictType, string> = {
  'ci-overlap': 'Same CI at the same time',
  'related-ci-overlap': 'Related CI at the same time',
  'blackout-window': 'In a blackout window',
  'outside-maintenance-window': 'Outside the maintenance windows',
  'owner-overlap': 'Owner busy in production',
};

/**
 * What an enforcement means for the release, as people say it.
 *
 * @internal
 */
export const ENFORCEMENT_LABELS: Record<WindowEnforcement, string> = {
  warn: 'warning',
  approval: 'needs approval',
  block: 'blocks',
};

const ENFORCEMENT_ORDER: WindowEnforcement[] = ['block', 'approval', 'warn'];

/**
 * Conflicts in the order to act on them: blocking first, then by severity (most severe
 * first), then by when they start.
 *
 * @internal
 */
export function sortConflicts<T extends Conflict>(conflicts: T[]): T[] {
  const severity = (s: ConflictSeverity) => CONFLICT_SEVERITIES.indexOf(s);
  return [...conflicts].sort(
    (a, b) =>
      ENFORCEMENT_ORDER.indexOf(a.enforcement) -
        ENFORCEMENT_ORDER.indexOf(b.enforcement) ||
      severity(b.severity) - severity(a.severity) ||
      Date.parse(a.interval.start) - Date.parse(b.interval.start),
  );
}
