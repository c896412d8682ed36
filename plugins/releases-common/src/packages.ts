import { GateFailure } from './gateTypes';
import {
  BACKOUT_STATUSES,
  POST_TRR_STATUSES,
  releaseStatusLabel,
} from './lifecycle';
import { Release } from './release';

/**
 * Whether a release has passed its test readiness review (TRR) and is still on its way:
 * it is in readiness or beyond, or on hold from there. Cancelled, failed and backed-out
 * releases have not.
 *
 * @public
 */
export function hasPassedTrr(release: Release): boolean {
  if (release.status === 'on_hold') {
    return !!release.heldFrom && POST_TRR_STATUSES.includes(release.heldFrom);
  }
  return POST_TRR_STATUSES.includes(release.status);
}

function describe(child: Release): string {
  return `${child.key} (${child.title})`;
}

/**
 * Why a package may not be approved or deployed yet: it has no releases in it, or some of
 * them have not passed their TRR. Empty for any release that is not a package.
 *
 * @param children - The releases whose `parentId` is the package.
 * @public
 */
export function checkPackageChildren(
  release: Release,
  children: readonly Release[] = [],
): GateFailure[] {
  if (release.unitType !== 'package') return [];
  if (children.length === 0) {
    return [
      {
        gate: 'package',
        field: 'children',
        message:
          'Add at least one delta release to the package: an empty package has nothing to approve',
      },
    ];
  }
  return children
    .filter(child => !hasPassedTrr(child))
    .map(child => {
      const status = releaseStatusLabel(child.status);
      const abandoned = ['cancelled', 'failed', 'backed_out'].includes(
        child.status,
      );
      return {
        gate: 'package',
        field: 'children',
        message: abandoned
          ? `${describe(
              child,
            )} is ${status}: take it out of the package or replace it`
          : `${describe(
              child,
            )} has not passed its TRR yet (it is in ${status}): finish its tests first`,
      };
    });
}

/**
 * The children that follow a package when it is backed out: every one that was deployed or
 * is being deployed. Each of them goes to `backed_out` with the package, without gates of its
 * own, because the package's backout plan covers them.
 *
 * @public
 */
export function childrenToBackOut(children: readonly Release[]): Release[] {
  return children.filter(child => BACKOUT_STATUSES.includes(child.status));
}
