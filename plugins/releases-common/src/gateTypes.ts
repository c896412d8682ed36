import { Release } from './release';

/**
 * Names of the gates a failure can come from, so a UI can group or icon them.
 *
 * @public
 */
export const GATE_NAMES = [
  /** The transition does not exist for this release. */
  'lifecycle',
  /** The transition needs a reason. */
  'reason',
  /** planning → build: the plan is complete. */
  'planning',
  /** build → test: the version description document. */
  'vdd',
  /** test → readiness: the test readiness review. */
  'trr',
  /** readiness → approved: the release readiness review (RFC). */
  'rrr',
  /** readiness → approved: the change advisory board's approval. */
  'cab',
  /** planning → approved for emergencies: the emergency CAB's approval. */
  'ecab',
  'conflicts',
  'package',
  'slot',
  'promotion',
  'deployment-gate',
  'post-implementation-tests',
  'pir',
  'backout',
  'veto',
  'segregation-of-duties',
] as const;

/**
 * The name of a gate.
 *
 * @public
 */
export type GateName = (typeof GATE_NAMES)[number];

/**
 * One reason a gate refuses, in words a person can act on.
 *
 * @public
 */
export type GateFailure = {
  gate: GateName;
  /** The release field to fix, when there is one. */
  field?: string;
  message: string;
};

/**
 * The answer of a gate check: allowed when there are no failures, and otherwise every
 * failure, not only the first, so people fix everything in one go.
 *
 * @public
 */
export type GateResult = {
  allowed: boolean;
  failures: GateFailure[];
};

/**
 * A scheduling conflict that blocks approval unless overridden.
 *
 * @public
 */
export type BlockingConflict = {
  id: string;
  message: string;
};

/**
 * What the deployment gate (`GET /gate`) said about deploying now.
 *
 * @public
 */
export type DeploymentGateDecision = {
  decision: 'allowed' | 'awaiting' | 'prevented';
  reasons?: string[];
};

/**
 * Everything outside the release that a transition's gates look at.
 *
 * @public
 */
export type TransitionContext = {
  /** User entity ref of whoever asks for the transition. */
  actor: string;
  /** The current time, ISO 8601. */
  now: string;
  /** Environments in promotion order; the last one is production. */
  environments: readonly string[];
  /** The releases in this package; needed when the release is a package. */
  children?: readonly Release[];
  /** Unresolved conflicts whose enforcement is `block`. */
  blockingConflicts?: readonly BlockingConflict[];
  /** Whether the actor may override conflicts; only changes what the messages suggest. */
  canOverrideConflicts?: boolean;
  /**
   * The deployment gate's decision for approved → deploying. When absent it is not checked,
   * so the server must always pass it.
   */
  gateDecision?: DeploymentGateDecision;
  /** The reason given with the transition. */
  reason?: string;
};
