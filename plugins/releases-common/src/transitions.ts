import {
  BACKOUT_STATUSES,
  PRE_DEPLOYMENT_STATUSES,
  ReleaseStatus,
} from './lifecycle';
import { Release } from './release';

const HOLD_AND_CANCEL: readonly ReleaseStatus[] = ['on_hold', 'cancelled'];
// A veto sends a release from a review back to build or test.
const VETO_TARGETS: readonly ReleaseStatus[] = ['build', 'test'];

/**
 * Which targets exist from each status, before any gate is checked. Gates (see
 * `checkTransition`) then decide whether a particular release may take one.
 *
 * - the main line: planning → build → test → readiness → approved → deploying → deployed →
 *   review → closed;
 * - planning → approved, for emergencies only (ECAB);
 * - readiness or approved → build or test: a veto;
 * - any status before deployment → on_hold (and back) or cancelled;
 * - deploying → failed; deploying, deployed or review → backed_out.
 *
 * @public
 */
export const RELEASE_TRANSITIONS: Readonly<
  Record<ReleaseStatus, readonly ReleaseStatus[]>
> = {
  planning: ['build', 'approved', ...HOLD_AND_CANCEL],
  build: ['test', ...HOLD_AND_CANCEL],
  test: ['readiness', ...HOLD_AND_CANCEL],
  readiness: ['approved', ...VETO_TARGETS, ...HOLD_AND_CANCEL],
  approved: ['deploying', ...VETO_TARGETS, ...HOLD_AND_CANCEL],
  deploying: ['deployed', 'failed', 'backed_out'],
  deployed: ['review', 'backed_out'],
  review: ['closed', 'backed_out'],
  closed: [],
  // Resuming goes back to where the release was held (see `heldFrom`); gates check which.
  on_hold: [...PRE_DEPLOYMENT_STATUSES, 'cancelled'],
  cancelled: [],
  failed: [],
  backed_out: [],
};

/**
 * The statuses a release in `from` can move to, before gates.
 *
 * @public
 */
export function transitionTargets(
  from: ReleaseStatus,
): readonly ReleaseStatus[] {
  // Unknown statuses (bad data) have no way out rather than crashing the caller.
  return RELEASE_TRANSITIONS[from] ?? [];
}

/**
 * Whether a transition exists at all, whatever the release.
 *
 * @public
 */
export function isTransitionDefined(
  from: ReleaseStatus,
  to: ReleaseStatus,
): boolean {
  return transitionTargets(from).includes(to);
}

/**
 * Whether the transition is a veto: a release under review sent back to build or test.
 *
 * @public
 */
export function isVeto(from: ReleaseStatus, to: ReleaseStatus): boolean {
  return (
    (from === 'readiness' || from === 'approved') && VETO_TARGETS.includes(to)
  );
}

/**
 * Whether the transition needs a reason. Every move off the main line does: the history must
 * say why a release was held, cancelled, failed, backed out or sent back.
 *
 * @public
 */
export function transitionNeedsReason(
  from: ReleaseStatus,
  to: ReleaseStatus,
): boolean {
  if (isVeto(from, to)) return true;
  if (to === 'on_hold' || to === 'cancelled' || to === 'failed') return true;
  return to === 'backed_out' && BACKOUT_STATUSES.includes(from);
}

/**
 * The release after a transition that was allowed: the new status, where it was held from,
 * a bumped revision and the new update time. It does not check anything; call
 * `checkTransition` first.
 *
 * @param release - The release before the transition.
 * @param to - The new status.
 * @param now - The time of the change, ISO 8601 in UTC.
 * @public
 */
export function applyTransition(
  release: Release,
  to: ReleaseStatus,
  now: string,
): Release {
  const next: Release = {
    ...release,
    status: to,
    revision: release.revision + 1,
    updatedAt: now,
  };
  if (to === 'on_hold') {
    next.heldFrom = release.status;
  } else {
    delete next.heldFrom;
  }
  return next;
}
