import { useApi } from '@backstage/core-plugin-api';
import { usePermission } from '@backstage/plugin-permission-react';
import Button from '@material-ui/core/Button';
import AddIcon from '@material-ui/icons/Add';
import {
  Release,
  releaseCreatePermission,
} from '@stagegate/plugin-releases-common';
import { useState } from 'react';
import { releasesApiRef } from '../../api';
import { ReleaseFormDialog } from '../ReleaseFormDialog';

/**
 * Props of {@link PlanReleaseButton}.
 *
 * @internal
 */
export interface PlanReleaseButtonProps {
  /** The entity the release is for, its first CI. */
  entityRef: string;
  /** The owner to suggest. */
  defaultOwner?: string;
  /** Called with the release the backend created. */
  onCreated(release: Release): void;
}

/**
 * "Plan a release": shown only to viewers who may create releases; opens the release form.
 *
 * @internal
 */
export function PlanReleaseButton(props: PlanReleaseButtonProps) {
  const { entityRef, defaultOwner, onCreated } = props;
  const releasesApi = useApi(releasesApiRef);
  const { allowed } = usePermission({ permission: releaseCreatePermission });
  const [open, setOpen] = useState(false);

  if (!allowed) return null;
  return (
    <>
      <Button
        variant="contained"
        color="primary"
        startIcon={<AddIcon />}
        onClick={() => setOpen(true)}
      >
        Plan a release
      </Button>
      <ReleaseFormDialog
        open={open}
        entityRef={entityRef}
        defaultOwner={defaultOwner}
        onClose={() => setOpen(false)}
        onCreate={async request => {
          const created = await releasesApi.createRelease(request);
          setOpen(false);
          onCreated(created);
        }}
      />
    </>
  );
}
