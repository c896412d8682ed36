import { isSameEntityRef } from './entityRefs';
import { GateFailure } from './gateTypes';
import { ReleaseStatus, releaseStatusLabel } from './lifecycle';
import { Release } from './release';
import { Approval, ApprovalDecision, ApprovalGate } from './approvalFields';

/**
 * A decision a reviewer asks to record (see `approvalRequestSchema`).
 *
 * @public
 */
export type ApprovalDecisionRequest = {
  gate: ApprovalGate;
  decision: ApprovalDecision;
  comment?: string;
};

// Where each gate's review happens. A decision outside its review would approve something
// nobody reviewed yet, or something already past the gate.
const DECIDABLE_IN: Readonly<Record<ApprovalGate, readonly ReleaseStatus[]>> = {
  trr: ['test', 'readiness'],
  rrr: ['readiness', 'approved'],
  cab: ['readiness', 'approved'],
  ecab: ['planning', 'build', 'test', 'readiness', 'approved'],
};

/**
 * The gates a decision can be recorded at while the release is in its current status.
 *
 * @public
 */
export function decidableGates(release: Release): ApprovalGate[] {
  return (Object.keys(DECIDABLE_IN) as ApprovalGate[]).filter(
    gate =>
      DECIDABLE_IN[gate].includes(release.status) &&
      (gate !== 'ecab' || release.category === 'emergency'),
  );
}

/**
 * Whether a person owns or created the release, and so may not review it (segregation of
 * duties).
 *
 * @param actor - User entity ref of the person.
 * @param ownershipEntityRefs - The person's ownership refs (themselves and their groups), so a
 *   member of an owning group counts as an owner.
 * @public
 */
export function isOwnerOrCreator(
  release: Release,
  actor: string,
  ownershipEntityRefs: readonly string[] = [],
): boolean {
  return (
    isSameEntityRef(actor, release.owner) ||
    isSameEntityRef(actor, release.createdBy) ||
    ownershipEntityRefs.some(ref => isSameEntityRef(ref, release.owner))
  );
}

/**
 * Checks whether a person may record a decision at a gate now, naming every problem.
 *
 * Whether they hold the approve permission is the permission framework's job, not this one.
 *
 * @param actor - User entity ref of the reviewer.
 * @param options - `ownershipEntityRefs` of the reviewer, when known.
 * @public
 */
export function checkApproval(
  release: Release,
  request: ApprovalDecisionRequest,
  actor: string,
  options: { ownershipEntityRefs?: readonly string[] } = {},
): GateFailure[] {
  const failures: GateFailure[] = [];
  if (isOwnerOrCreator(release, actor, options.ownershipEntityRefs)) {
    failures.push({
      gate: 'segregation-of-duties',
      message:
        'You own or created this release, so someone else with the approve permission must review it',
    });
  }
  if (request.gate === 'ecab' && release.category !== 'emergency') {
    failures.push({
      gate: 'ecab',
      field: 'gate',
      message:
        'Only emergency releases go to the ECAB; record the decision at the RRR or CAB',
    });
  } else if (!DECIDABLE_IN[request.gate].includes(release.status)) {
    const when = DECIDABLE_IN[request.gate]
      .map(releaseStatusLabel)
      .join(' or ');
    failures.push({
      gate: request.gate,
      field: 'gate',
      message: `A ${request.gate.toUpperCase()} decision is taken while the release is in ${when}; it is in ${releaseStatusLabel(
        release.status,
      )}`,
    });
  }
  if (request.decision === 'reject' && !request.comment?.trim()) {
    failures.push({
      gate: 'reason',
      field: 'comment',
      message: 'Say why you reject the release, so the team knows what to fix',
    });
  }
  return failures;
}

/**
 * The release with one more decision recorded, its revision bumped. It does not check
 * anything; call `checkApproval` first.
 *
 * @public
 */
export function applyApproval(
  release: Release,
  request: ApprovalDecisionRequest,
  actor: string,
  now: string,
): Release {
  const approval: Approval = {
    gate: request.gate,
    decision: request.decision,
    by: actor,
    at: now,
    ...(request.comment ? { comment: request.comment } : {}),
  };
  return {
    ...release,
    approvals: [...(release.approvals ?? []), approval],
    revision: release.revision + 1,
    updatedAt: now,
  };
}

/**
 * The latest decision recorded at any gate, if any.
 *
 * @public
 */
export function latestDecision(release: Release): Approval | undefined {
  const approvals = release.approvals ?? [];
  return approvals[approvals.length - 1];
}

/**
 * The approvals that still count: those at the given gates, by someone who neither owns nor
 * created the release, recorded after the latest rejection at any gate. A rejection sends the
 * release back, and an approval of what it was before must not carry it forward again.
 *
 * @public
 */
export function effectiveApprovals(
  release: Release,
  gates: readonly ApprovalGate[],
): Approval[] {
  const approvals = release.approvals ?? [];
  let lastReject = -1;
  approvals.forEach((approval, index) => {
    if (approval.decision === 'reject') lastReject = index;
  });
  return approvals
    .slice(lastReject + 1)
    .filter(
      approval =>
        approval.decision === 'approve' &&
        gates.includes(approval.gate) &&
        !isOwnerOrCreator(release, approval.by),
    );
}

/**
 * A failure naming the approval a release still needs, or undefined when it has one.
 *
 * @param gates - The gates whose approval counts.
 * @param gate - The gate the failure is reported under.
 * @public
 */
export function missingApproval(
  release: Release,
  gates: readonly ApprovalGate[],
  gate: 'cab' | 'ecab',
): GateFailure | undefined {
  if (effectiveApprovals(release, gates).length > 0) return undefined;
  const names = gates.map(g => g.toUpperCase()).join(' or ');
  const own = (release.approvals ?? []).find(
    a => a.decision === 'approve' && isOwnerOrCreator(release, a.by),
  );
  const ownNote = own
    ? ` (the approval by ${own.by} does not count: they own or created the release)`
    : '';
  return {
    gate,
    field: 'approvals',
    message: `Get an approval at the ${names} from someone who neither owns nor created the release${ownNote}`,
  };
}
