import { latestDecision, missingApproval } from './approvals';
import {
  checkBackoutPlan,
  checkConflicts,
  checkContents,
  checkPir,
  checkPlan,
  checkRfc,
  checkSlot,
} from './gateChecks';
import { checkPostImplementationTests, checkTestReadiness } from './testGates';
import { GateFailure, GateResult, TransitionContext } from './gateTypes';
import { ReleaseStatus, releaseStatusLabel as label } from './lifecycle';
import { checkPackageChildren } from './packages';
import { checkPromotion, productionEnvironment } from './promotion';
import { Release } from './release';
import { ApprovalGate } from './approvalFields';
import {
  isTransitionDefined,
  isVeto,
  transitionNeedsReason,
  transitionTargets,
} from './transitions';

/**
 * One possible next status of a release, with what still stands in the way, for a UI to
 * preview before anyone clicks.
 *
 * @public
 */
export type TransitionPreview = {
  to: ReleaseStatus;
  /** True when no gate fails; a reason may still be needed (see `needsReason`). */
  allowed: boolean;
  needsReason: boolean;
  failures: GateFailure[];
};

const lifecycle = (message: string): GateFailure[] => [
  { gate: 'lifecycle', message },
];

const listOf = (failure: GateFailure | undefined): GateFailure[] =>
  failure ? [failure] : [];

// readiness → approved (RRR + CAB), and resuming to approved: an RFC (emergencies, with their
// abbreviated process, may follow it up later), an independent approval, no blocking conflict,
// and for a package every child past its TRR.
function approvalGate(
  release: Release,
  context: TransitionContext,
): GateFailure[] {
  const emergency = release.category === 'emergency';
  const gates: ApprovalGate[] = emergency
    ? ['rrr', 'cab', 'ecab']
    : ['rrr', 'cab'];
  return [
    ...(emergency ? [] : checkRfc(release)),
    ...listOf(missingApproval(release, gates, 'cab')),
    ...checkConflicts(
      release,
      context.blockingConflicts,
      context.canOverrideConflicts,
    ),
    ...checkPackageChildren(release, context.children),
  ];
}

// The emergency path, planning → approved: the plan's basics and the ECAB's approval.
function emergencyGate(
  release: Release,
  context: TransitionContext,
  production: string,
): GateFailure[] {
  if (release.category !== 'emergency') {
    return lifecycle(
      'Only emergency releases skip from planning to approved; take this one through build, test and readiness',
    );
  }
  return [
    ...checkPlan(release, production),
    ...listOf(missingApproval(release, ['ecab'], 'ecab')),
    ...checkConflicts(
      release,
      context.blockingConflicts,
      context.canOverrideConflicts,
    ),
    ...checkPackageChildren(release, context.children),
  ];
}

// The gate of entering a status on the main line. Resuming from hold runs it again, because
// approvals, children or plans may have changed while the release waited.
function entryGate(
  release: Release,
  to: ReleaseStatus,
  context: TransitionContext,
  production: string,
): GateFailure[] {
  switch (to) {
    case 'build':
      return checkPlan(release, production);
    case 'test':
      return checkContents(release);
    case 'readiness':
      return checkTestReadiness(release, production);
    case 'approved':
      return approvalGate(release, context);
    default:
      return [];
  }
}

function deployGate(
  release: Release,
  context: TransitionContext,
  production: string,
): GateFailure[] {
  const failures = [
    ...checkSlot(release, production, context.now),
    ...checkPromotion(release, production, context.environments),
    ...checkPackageChildren(release, context.children),
  ];
  const gate = context.gateDecision;
  if (gate && gate.decision !== 'allowed') {
    const why = gate.reasons?.length ? `: ${gate.reasons.join('; ')}` : '';
    failures.push({
      gate: 'deployment-gate',
      message: `The deployment gate says ${gate.decision}${why}`,
    });
  }
  return failures;
}

// Every failing gate of a transition except a missing reason.
function gateFailures(
  release: Release,
  to: ReleaseStatus,
  context: TransitionContext,
): GateFailure[] {
  const from = release.status;
  if (from === to) return lifecycle(`The release is already ${label(from)}`);
  if (!isTransitionDefined(from, to)) {
    const targets = transitionTargets(from).map(label);
    return lifecycle(
      targets.length === 0
        ? `A ${label(from)} release cannot move any more`
        : `A release in ${label(from)} cannot move to ${label(
            to,
          )}; it can move to ${targets.join(', ')}`,
    );
  }
  const production = productionEnvironment(context.environments);
  if (from === 'on_hold' && to !== 'cancelled') {
    const resumeTo = release.heldFrom ?? 'planning';
    if (to !== resumeTo) {
      return lifecycle(
        `A release on hold resumes to where it was held (${label(
          resumeTo,
        )}), or is cancelled`,
      );
    }
    return entryGate(release, to, context, production);
  }
  if (isVeto(from, to)) {
    return latestDecision(release)?.decision === 'reject'
      ? []
      : [
          {
            gate: 'veto',
            field: 'approvals',
            message:
              'Only a veto sends a release back: a reviewer must first record a rejection with a comment',
          },
        ];
  }
  if (to === 'backed_out') return checkBackoutPlan(release);
  if (from === 'planning' && to === 'approved') {
    return emergencyGate(release, context, production);
  }
  if (to === 'deploying') return deployGate(release, context, production);
  if (to === 'deployed')
    return checkPostImplementationTests(release, production);
  if (to === 'closed') {
    const backout =
      release.category === 'emergency' ? checkBackoutPlan(release) : [];
    return [...checkPir(release), ...backout];
  }
  return entryGate(release, to, context, production);
}

/**
 * Checks whether a release may move to a status, and names every failing gate: the
 * lifecycle, the gates of DESIGN.md's table, the emergency path, package rules, vetoes,
 * holds, promotion order and a required reason.
 *
 * @param release - The release as it is now.
 * @param to - The status asked for.
 * @param context - The actor, the time, environments, children, conflicts and the
 *   deployment gate's decision, plus the reason given.
 * @public
 */
export function checkTransition(
  release: Release,
  to: ReleaseStatus,
  context: TransitionContext,
): GateResult {
  const failures = gateFailures(release, to, context);
  const structural = failures.some(f => f.gate === 'lifecycle');
  if (
    !structural &&
    transitionNeedsReason(release.status, to) &&
    !context.reason?.trim()
  ) {
    failures.push({
      gate: 'reason',
      field: 'reason',
      message: `Give a reason for moving the release to ${label(
        to,
      )}; it goes into the history`,
    });
  }
  return { allowed: failures.length === 0, failures };
}

/**
 * Every status the release could move to next, with the gates still failing for each. Moves
 * that can never apply to this release (such as the emergency path for a scheduled release,
 * or resuming to a status it was not held from) are left out.
 *
 * @public
 */
export function availableTransitions(
  release: Release,
  context: TransitionContext,
): TransitionPreview[] {
  return transitionTargets(release.status).flatMap(to => {
    const failures = gateFailures(release, to, context);
    if (failures.some(f => f.gate === 'lifecycle')) return [];
    return [
      {
        to,
        allowed: failures.length === 0,
        needsReason: transitionNeedsReason(release.status, to),
        failures,
      },
    ];
  });
}
