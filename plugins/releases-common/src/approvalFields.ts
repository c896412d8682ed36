/**
 * Gates where a reviewer records a decision: test readiness review, release readiness review,
 * change advisory board, and emergency change advisory board.
 *
 * @public
 */
export const APPROVAL_GATES = ['trr', 'rrr', 'cab', 'ecab'] as const;

/**
 * A gate where a reviewer records a decision.
 *
 * @public
 */
export type ApprovalGate = (typeof APPROVAL_GATES)[number];

/**
 * Decisions a reviewer can take at a gate.
 *
 * @public
 */
export const APPROVAL_DECISIONS = ['approve', 'reject'] as const;

/**
 * A decision a reviewer can take at a gate.
 *
 * @public
 */
export type ApprovalDecision = (typeof APPROVAL_DECISIONS)[number];

/**
 * A recorded decision at a gate. Approvals are append-only: a later decision supersedes an
 * earlier one, nothing is edited.
 *
 * @public
 */
export type Approval = {
  gate: ApprovalGate;
  decision: ApprovalDecision;
  /** User entity ref of the reviewer. */
  by: string;
  at: string;
  comment?: string;
};

/**
 * A recorded override of blocking scheduling conflicts, by someone allowed to override.
 *
 * @public
 */
export type ConflictOverride = {
  /** User entity ref of whoever overrode. */
  by: string;
  reason: string;
  at: string;
  /** The ids of the blocking conflicts it overrides. */
  conflictIds: string[];
};
