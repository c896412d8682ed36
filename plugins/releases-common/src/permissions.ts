import { createPermission } from '@backstage/plugin-permission-common';
import { ReleaseStatus } from './lifecycle';

/**
 * The resource type of a release, for conditional permission decisions: a policy may allow
 * reading, changing, approving or deploying only the releases that match its conditions
 * (for example, releases of CIs the user's team owns).
 *
 * @public
 */
export const RESOURCE_TYPE_RELEASE = 'releases-release';

/**
 * Permission to read releases.
 *
 * @public
 */
export const releaseReadPermission = createPermission({
  name: 'releases.release.read',
  attributes: { action: 'read' },
  resourceType: RESOURCE_TYPE_RELEASE,
});

/**
 * Permission to create releases.
 *
 * @public
 */
export const releaseCreatePermission = createPermission({
  name: 'releases.release.create',
  attributes: { action: 'create' },
});

/**
 * Permission to update releases and move them through their lifecycle.
 *
 * @public
 */
export const releaseUpdatePermission = createPermission({
  name: 'releases.release.update',
  attributes: { action: 'update' },
  resourceType: RESOURCE_TYPE_RELEASE,
});

/**
 * Permission to approve or reject a release at a gate.
 *
 * @public
 */
export const releaseApprovePermission = createPermission({
  name: 'releases.release.approve',
  attributes: { action: 'update' },
  resourceType: RESOURCE_TYPE_RELEASE,
});

/**
 * Permission to record deployments of a release.
 *
 * @public
 */
export const releaseDeployPermission = createPermission({
  name: 'releases.release.deploy',
  attributes: { action: 'update' },
  resourceType: RESOURCE_TYPE_RELEASE,
});

/**
 * Permission to create, change and delete ad-hoc change windows.
 *
 * @public
 */
export const windowManagePermission = createPermission({
  name: 'releases.window.manage',
  attributes: { action: 'update' },
});

/**
 * Permission to override a blocking scheduling conflict, with a reason.
 *
 * @public
 */
export const conflictOverridePermission = createPermission({
  name: 'releases.conflict.override',
  attributes: { action: 'update' },
});

/**
 * Every permission Stagegate defines, for registration with the permission framework.
 *
 * @public
 */
export const releasesPermissions = [
  releaseReadPermission,
  releaseCreatePermission,
  releaseUpdatePermission,
  releaseApprovePermission,
  releaseDeployPermission,
  windowManagePermission,
  conflictOverridePermission,
];

/**
 * The statuses whose moves deploy a release or undo a deployment; moving a release there
 * needs {@link releaseDeployPermission}, every other move {@link releaseUpdatePermission}.
 *
 * @public
 */
export const DEPLOY_TRANSITION_TARGETS: readonly ReleaseStatus[] = [
  'deploying',
  'deployed',
  'failed',
  'backed_out',
];

/**
 * The permission a move of a release to `to` needs: the server checks it, and the UI shows
 * the move only to those who hold it.
 *
 * @public
 */
export function transitionPermission(to: ReleaseStatus) {
  return DEPLOY_TRANSITION_TARGETS.includes(to)
    ? releaseDeployPermission
    : releaseUpdatePermission;
}
