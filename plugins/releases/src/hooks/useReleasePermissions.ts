import { usePermission } from '@backstage/plugin-permission-react';
import {
  conflictOverridePermission,
  releaseApprovePermission,
  releaseDeployPermission,
  releaseUpdatePermission,
} from '@stagegate/plugin-releases-common';

/**
 * What the viewer may do with one release. Every flag is false while the decision loads.
 *
 * @public
 */
export interface ReleasePermissions {
  /** Change the release and move it through its lifecycle. */
  update: boolean;
  /** Approve or reject it at a gate. */
  approve: boolean;
  /** Record its deployments. */
  deploy: boolean;
  /** Override its blocking conflicts, with a reason. */
  overrideConflicts: boolean;
}

/**
 * Asks the permission framework what the viewer may do with a release.
 *
 * @param releaseId - The release id, the resource ref of release permissions.
 * @public
 */
export function useReleasePermissions(releaseId: string): ReleasePermissions {
  const update = usePermission({
    permission: releaseUpdatePermission,
    resourceRef: releaseId,
  });
  const approve = usePermission({
    permission: releaseApprovePermission,
    resourceRef: releaseId,
  });
  const deploy = usePermission({
    permission: releaseDeployPermission,
    resourceRef: releaseId,
  });
  // Not a resource permission: whoever may override, may do so for any release.
  const override = usePermission({ permission: conflictOverridePermission });
  return {
    update: update.allowed,
    approve: approve.allowed,
    deploy: deploy.allowed,
    overrideConflicts: override.allowed,
  };
}
