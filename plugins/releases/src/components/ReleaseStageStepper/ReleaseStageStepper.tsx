import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import Step from '@material-ui/core/Step';
import StepLabel from '@material-ui/core/StepLabel';
import Stepper from '@material-ui/core/Stepper';
import Typography from '@material-ui/core/Typography';
import BlockIcon from '@material-ui/icons/Block';
import PauseCircleOutlineIcon from '@material-ui/icons/PauseCircleOutline';
import ReplayIcon from '@material-ui/icons/Replay';
import ErrorOutlineIcon from '@material-ui/icons/ErrorOutline';
import {
  ReleaseStatus,
  releaseStatusLabel,
} from '@stagegate/plugin-releases-common';
import { StageState, stageSteps, stoppedStage } from './stageSteps';

const SIDE_STATES: Partial<
  Record<ReleaseStatus, { text: string; icon: JSX.Element }>
> = {
  on_hold: { text: 'On hold', icon: <PauseCircleOutlineIcon /> },
  cancelled: { text: 'Cancelled', icon: <BlockIcon /> },
  failed: { text: 'Failed', icon: <ErrorOutlineIcon /> },
  backed_out: { text: 'Backed out', icon: <ReplayIcon /> },
};

/** The caption under a stage; `status` is the release's, named where it stopped. */
function caption(state: StageState, status: ReleaseStatus): string | undefined {
  switch (state) {
    case 'done':
      return 'done';
    case 'current':
      return 'current';
    case 'next':
      return 'next';
    case 'stopped':
      return `${releaseStatusLabel(status)} here`;
    default:
      return undefined;
  }
}

/**
 * Props of {@link ReleaseStageStepper}.
 *
 * @internal
 */
export interface ReleaseStageStepperProps {
  status: ReleaseStatus;
  /** Where a release on hold was held. */
  heldFrom?: ReleaseStatus;
  /** Where a cancelled, failed or backed-out release left the main line, when known. */
  stoppedAt?: ReleaseStatus;
}

/**
 * The stages of the main line, from planning to closed, marking the ones done, the current
 * one and the next one. A release on hold, cancelled, failed or backed out says so above the
 * stepper and marks the stage where it stopped.
 *
 * @internal
 */
export function ReleaseStageStepper(props: ReleaseStageStepperProps) {
  const { status, heldFrom, stoppedAt } = props;
  const steps = stageSteps(status, { heldFrom, stoppedAt });
  const activeStep = steps.findIndex(
    step => step.state === 'current' || step.state === 'stopped',
  );
  const side = SIDE_STATES[status];
  const stop = stoppedStage(status, { heldFrom, stoppedAt });

  return (
    <Box>
      {side && (
        <Chip
          icon={side.icon}
          color="secondary"
          label={
            stop
              ? `${side.text} (stopped in ${releaseStatusLabel(stop)})`
              : side.text
          }
        />
      )}
      <Box overflow="auto">
        <Stepper
          alternativeLabel
          activeStep={activeStep}
          aria-label={`Stages; the release is ${releaseStatusLabel(status)}`}
          style={{ background: 'transparent', paddingLeft: 0, paddingRight: 0 }}
        >
          {steps.map(step => {
            const text = caption(step.state, status);
            return (
              <Step
                key={step.status}
                completed={step.state === 'done'}
                active={step.state === 'current' || step.state === 'stopped'}
                data-state={step.state}
                aria-current={step.state === 'current' ? 'step' : undefined}
              >
                <StepLabel
                  error={step.state === 'stopped'}
                  optional={
                    text && (
                      <Typography
                        variant="caption"
                        color={
                          step.state === 'stopped' ? 'error' : 'textSecondary'
                        }
                        display="block"
                      >
                        {text}
                      </Typography>
                    )
                  }
                >
                  {releaseStatusLabel(step.status)}
                </StepLabel>
              </Step>
            );
          })}
        </Stepper>
      </Box>
    </Box>
  );
}
