import {
  ApprovalGate,
  GateName,
  ReleaseCategory,
  ReleaseUnitType,
} from '@stagegate/plugin-releases-common';

/**
 * The gates where reviewers decide, as people call them.
 *
 * @internal
 */
export const APPROVAL_GATE_LABELS: Record<ApprovalGate, string> = {
  trr: 'Test readiness review (TRR)',
  rrr: 'Release readiness review (RRR)',
  cab: 'Change advisory board (CAB)',
  ecab: 'Emergency change advisory board (ECAB)',
};

const GATE_NAME_LABELS: Record<GateName, string> = {
  lifecycle: 'Lifecycle',
  reason: 'Reason',
  planning: 'Plan',
  vdd: 'VDD',
  trr: 'TRR',
  rrr: 'RRR',
  cab: 'CAB',
  ecab: 'ECAB',
  conflicts: 'Conflicts',
  package: 'Package',
  slot: 'Slot',
  promotion: 'Promotion',
  'deployment-gate': 'Deployment gate',
  'post-implementation-tests': 'Post-implementation tests',
  pir: 'PIR',
  backout: 'Backout',
  veto: 'Veto',
  'segregation-of-duties': 'Segregation of duties',
};

/**
 * The short name of the gate a failure comes from, such as `TRR`.
 *
 * @internal
 */
export function gateNameLabel(gate: GateName): string {
  return GATE_NAME_LABELS[gate] ?? gate;
}

/**
 * A release category as people say it.
 *
 * @internal
 */
export function categoryLabel(category: ReleaseCategory): string {
  return category.charAt(0).toLocaleUpperCase('en-US') + category.slice(1);
}

/**
 * A release unit type as people say it.
 *
 * @internal
 */
export function unitTypeLabel(unitType: ReleaseUnitType): string {
  return unitType.charAt(0).toLocaleUpperCase('en-US') + unitType.slice(1);
}

/**
 * The short name of a user or group entity ref: `user:default/ada` is `ada`, and refs
 * outside the default namespace keep it (`user:ops/ada` is `ops/ada`).
 *
 * @internal
 */
export function shortRef(ref: string): string {
  const match = /^[^:]+:(?:default\/)?(.+)$/.exec(ref);
  return match ? match[1] : ref;
}
