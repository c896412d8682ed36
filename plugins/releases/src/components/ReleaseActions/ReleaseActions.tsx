import { Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Tooltip from '@material-ui/core/Tooltip';
import {
  ApprovalDecision,
  GateFailure,
  Release,
  ReleaseStatus,
  DEPLOY_TRANSITION_TARGETS,
  TERMINAL_STATUSES,
  decidableGates,
  overriddenConflictIds,
  releaseStatusLabel,
} from '@stagegate/plugin-releases-common';
import { ReactNode, useId, useState } from 'react';
import { releasesApiRef } from '../../api';
import { ReleaseState, useReleasePermissions } from '../../hooks';
import { APPROVAL_GATE_LABELS } from '../../utils';
import { ActionMessage } from '../ActionMessage';
import { ApprovalDialog } from '../ApprovalDialog';
import { ConflictOverrideDialog } from '../ConflictOverrideDialog';
import { ControlGroup } from '../ControlGroup';
import { DeploymentDialog } from '../DeploymentDialog';
import { GateFailureList } from '../GateFailureList';
import { PirDialog } from '../PirDialog';
import { ReleaseFormDialog } from '../ReleaseFormDialog';
import { TestResultsDialog } from '../TestResultsDialog';
import { TransitionDialog } from '../TransitionDialog';
import { TransitionAction, transitionActions } from './transitionActions';

// Statuses in which tests are run and recorded: pre-production from test on, and the
// post-implementation tests while deploying and after.
const TEST_STATUSES: readonly ReleaseStatus[] = [
  'test',
  'readiness',
  'approved',
  'deploying',
  'deployed',
  'review',
];
// A deployment (to any environment of the schedule) happens once there is something built.
const DEPLOYMENT_STATUSES: readonly ReleaseStatus[] = [
  'build',
  'test',
  'readiness',
  'approved',
  'deploying',
  'deployed',
  'review',
];

const visuallyHidden = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;

type OpenDialog =
  | { kind: 'transition'; action: TransitionAction }
  | { kind: 'approval'; decision: ApprovalDecision }
  | { kind: 'tests' }
  | { kind: 'deployment' }
  | { kind: 'pir' }
  | { kind: 'override' }
  | { kind: 'edit' };

type Feedback = { success: string } | { error: unknown };

function ActionButton(props: {
  label: string;
  onClick(): void;
  /** Why the action is not possible yet; the button is disabled and lists them. */
  failures?: GateFailure[];
  primary?: boolean;
  disabled?: boolean;
}) {
  const { label, onClick, failures, primary, disabled } = props;
  const reasonsId = useId();
  const blocked = Boolean(failures?.length);
  const button = (
    <Button
      aria-describedby={blocked ? reasonsId : undefined}
      variant={primary ? 'contained' : 'outlined'}
      color={primary ? 'primary' : 'default'}
      size="small"
      onClick={onClick}
      disabled={disabled || blocked}
    >
      {label}
    </Button>
  );
  if (!blocked) return button;
  const reasons = (
    <GateFailureList
      dense
      label={`Why “${label}” is not possible yet`}
      failures={failures ?? []}
    />
  );
  return (
    <Tooltip title={reasons}>
      {/* A disabled button fires no events, so the wrapper shows the reasons on hover;
          assistive technology reads them from the description. */}
      <div style={{ display: 'inline-block' }}>
        {button}
        <div id={reasonsId} style={visuallyHidden}>
          {reasons}
        </div>
      </div>
    </Tooltip>
  );
}

/**
 * Props of {@link ReleaseActions}.
 *
 * @internal
 */
export interface ReleaseActionsProps {
  state: ReleaseState;
  /** Called after every accepted change, with the release before and after it. */
  onChanged?: (release: Release, previous: Release) => void;
}

/**
 * What the viewer may do with a release, each action shown only when the permission
 * framework allows it: advance, resume, send back, hold, cancel, fail or back out (each
 * disabled, with the failing gates listed, while the backend's preview refuses it); approve
 * or reject at a gate; record test results, a deployment or the PIR; and edit. The outcome
 * shows below the buttons: what changed, or the backend's message.
 *
 * @internal
 */
export function ReleaseActions(props: ReleaseActionsProps) {
  const { state, onChanged } = props;
  const { release, transitions, replace, reload } = state;
  const releasesApi = useApi(releasesApiRef);
  const permissions = useReleasePermissions(release.id);
  const [dialog, setDialog] = useState<OpenDialog>();
  const [feedback, setFeedback] = useState<Feedback>();
  const [busy, setBusy] = useState(false);

  const close = () => setDialog(undefined);
  const reloadRelease = () => {
    setFeedback(undefined);
    reload().catch(error => setFeedback({ error }));
  };

  /** Runs an accepted change: takes the new release, and says what happened. */
  const apply = async (request: () => Promise<Release>, message: string) => {
    const previous = release;
    const updated = await request();
    replace(updated);
    setDialog(undefined);
    setFeedback({ success: message });
    onChanged?.(updated, previous);
  };

  const moved = (to: ReleaseStatus) =>
    `${release.key} moved to ${releaseStatusLabel(to)}.`;

  const startTransition = (action: TransitionAction) => {
    if (action.preview.needsReason) {
      setDialog({ kind: 'transition', action });
      return;
    }
    setBusy(true);
    setFeedback(undefined);
    apply(
      () =>
        releasesApi.transitionRelease(release.id, {
          to: action.preview.to,
          revision: release.revision,
        }),
      moved(action.preview.to),
    )
      .catch(error => setFeedback({ error }))
      .finally(() => setBusy(false));
  };

  const terminal = TERMINAL_STATUSES.includes(release.status);
  const buttons: ReactNode[] = [];
  // Moves into and out of a deployment need the deploy permission, the others update.
  const mayMove = (to: ReleaseStatus) =>
    DEPLOY_TRANSITION_TARGETS.includes(to)
      ? permissions.deploy
      : permissions.update;
  if (transitions.items) {
    for (const action of transitionActions(release, transitions.items)) {
      if (!mayMove(action.preview.to)) continue;
      buttons.push(
        <ActionButton
          key={`to-${action.preview.to}`}
          label={action.label}
          primary={action.kind === 'advance' || action.kind === 'resume'}
          failures={
            action.preview.allowed ? undefined : action.preview.failures
          }
          disabled={busy}
          onClick={() => startTransition(action)}
        />,
      );
    }
  }
  if (permissions.approve && decidableGates(release).length > 0) {
    buttons.push(
      <ActionButton
        key="approve"
        label="Approve"
        onClick={() => setDialog({ kind: 'approval', decision: 'approve' })}
      />,
      <ActionButton
        key="reject"
        label="Reject"
        onClick={() => setDialog({ kind: 'approval', decision: 'reject' })}
      />,
    );
  }
  if (permissions.update && TEST_STATUSES.includes(release.status)) {
    buttons.push(
      <ActionButton
        key="tests"
        label="Record test results"
        onClick={() => setDialog({ kind: 'tests' })}
      />,
    );
  }
  // Recording a deployment is a deploy action that changes the schedule (an update).
  if (
    permissions.deploy &&
    permissions.update &&
    release.schedule.length > 0 &&
    DEPLOYMENT_STATUSES.includes(release.status)
  ) {
    buttons.push(
      <ActionButton
        key="deployment"
        label="Record a deployment"
        onClick={() => setDialog({ kind: 'deployment' })}
      />,
    );
  }
  if (permissions.update && release.status === 'review') {
    buttons.push(
      <ActionButton
        key="pir"
        label="Record the PIR"
        onClick={() => setDialog({ kind: 'pir' })}
      />,
    );
  }
  const overridden = overriddenConflictIds(release);
  const blocking = (release.conflicts ?? []).filter(
    conflict =>
      conflict.enforcement === 'block' && !overridden.has(conflict.id),
  );
  if (permissions.overrideConflicts && blocking.length > 0 && !terminal) {
    buttons.push(
      <ActionButton
        key="override"
        label="Override conflicts"
        onClick={() => setDialog({ kind: 'override' })}
      />,
    );
  }
  if (permissions.update && !terminal) {
    buttons.push(
      <ActionButton
        key="edit"
        label="Edit"
        onClick={() => setDialog({ kind: 'edit' })}
      />,
    );
  }

  return (
    <Box>
      <ControlGroup label={`Actions on ${release.key}`}>{buttons}</ControlGroup>
      {(permissions.update || permissions.deploy) &&
        transitions.loading &&
        !transitions.items && <Progress />}
      {transitions.error && <ActionMessage error={transitions.error} />}
      {feedback && 'success' in feedback && (
        <ActionMessage success={feedback.success} />
      )}
      {feedback && 'error' in feedback && (
        <ActionMessage error={feedback.error} onReload={reloadRelease} />
      )}

      {dialog?.kind === 'transition' && (
        <TransitionDialog
          open
          release={release}
          preview={dialog.action.preview}
          title={dialog.action.label}
          onClose={close}
          onReload={reloadRelease}
          onSubmit={request =>
            apply(
              () => releasesApi.transitionRelease(release.id, request),
              moved(request.to),
            )
          }
        />
      )}
      <ApprovalDialog
        open={dialog?.kind === 'approval'}
        release={release}
        decision={dialog?.kind === 'approval' ? dialog.decision : 'approve'}
        onClose={close}
        onReload={reloadRelease}
        onSubmit={request =>
          apply(
            () => releasesApi.recordApproval(release.id, request),
            `Recorded your ${
              request.decision === 'approve' ? 'approval' : 'rejection'
            } at the ${APPROVAL_GATE_LABELS[request.gate]}.`,
          )
        }
      />
      <TestResultsDialog
        open={dialog?.kind === 'tests'}
        release={release}
        onClose={close}
        onReload={reloadRelease}
        onSubmit={request =>
          apply(
            () => releasesApi.recordTestResults(release.id, request),
            `Recorded ${request.results.length} test result${
              request.results.length === 1 ? '' : 's'
            }.`,
          )
        }
      />
      {release.schedule.length > 0 && (
        <DeploymentDialog
          open={dialog?.kind === 'deployment'}
          release={release}
          onClose={close}
          onReload={reloadRelease}
          onSubmit={patch =>
            apply(
              () => releasesApi.updateRelease(release.id, patch),
              'Recorded the deployment.',
            )
          }
        />
      )}
      <PirDialog
        open={dialog?.kind === 'pir'}
        release={release}
        onClose={close}
        onReload={reloadRelease}
        onSubmit={patch =>
          apply(
            () => releasesApi.updateRelease(release.id, patch),
            'Recorded the post-implementation review.',
          )
        }
      />
      {dialog?.kind === 'override' && (
        <ConflictOverrideDialog
          open
          release={release}
          conflicts={blocking}
          onClose={close}
          onReload={reloadRelease}
          onSubmit={request =>
            apply(
              () => releasesApi.overrideConflicts(release.id, request),
              `Recorded the override of ${request.conflictIds.length} conflict${
                request.conflictIds.length === 1 ? '' : 's'
              }.`,
            )
          }
        />
      )}
      {dialog?.kind === 'edit' && (
        <ReleaseFormDialog
          open
          release={release}
          onClose={close}
          onReload={reloadRelease}
          onUpdate={patch =>
            apply(
              () => releasesApi.updateRelease(release.id, patch),
              `Saved ${release.key}.`,
            )
          }
        />
      )}
    </Box>
  );
}
