import { WindowEnforcement } from '../changeWindow';
import { CONFLICT_SEVERITIES, ConflictCi, ConflictSeverity } from './types';

const BASE_SEVERITY: Record<WindowEnforcement, ConflictSeverity> = {
  warn: 'low',
  approval: 'medium',
  block: 'high',
};

/**
 * The severity of a conflict: `warn` is low, `approval` medium and `block` high, raised one
 * level (up to critical) when any affected CI is `critical`.
 *
 * @param enforcement - The enforcement of the conflict.
 * @param affected - The affected CIs, or just their criticalities.
 * @public
 */
export function conflictSeverity(
  enforcement: WindowEnforcement,
  affected: ReadonlyArray<Pick<ConflictCi, 'criticality'> | undefined>,
): ConflictSeverity {
  return severityOf(
    enforcement,
    affected.some(ci => ci?.criticality === 'critical'),
  );
}

/** The severity of an enforcement, one level up when a critical CI is affected. */
export function severityOf(
  enforcement: WindowEnforcement,
  critical: boolean,
): ConflictSeverity {
  const base = BASE_SEVERITY[enforcement];
  if (!critical) return base;
  const level = CONFLICT_SEVERITIES.indexOf(base);
  return CONFLICT_SEVERITIES[
    Math.min(level + 1, CONFLICT_SEVERITIES.length - 1)
  ];
}
