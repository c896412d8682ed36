import { InfoCard } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Link from '@material-ui/core/Link';
import Typography from '@material-ui/core/Typography';
import { Release, releaseStatusLabel } from '@stagegate/plugin-releases-common';
import { TransitionsState, useReleaseState } from '../../hooks';
import { GateFailureList } from '../GateFailureList';
import { ReleaseActions, nextStepPreview } from '../ReleaseActions';
import { ReleaseConflictList } from '../ReleaseConflictList';
import { ReleaseStageStepper } from '../ReleaseStageStepper';
import { ReleaseChips, SlotList } from '../ReleaseSummary';

function NextStep(props: { release: Release; transitions: TransitionsState }) {
  const { release, transitions } = props;
  if (!transitions.items) return null;
  const preview = nextStepPreview(release, transitions.items);
  if (!preview) return null;
  const next = releaseStatusLabel(preview.to);
  if (preview.allowed) {
    return (
      <Typography variant="body2">{`Every gate for ${next} is met.`}</Typography>
    );
  }
  return (
    <Box>
      <Typography variant="subtitle2" component="h3">
        {`Missing for ${next}`}
      </Typography>
      <GateFailureList
        label={`Missing for ${next}`}
        failures={preview.failures}
      />
    </Box>
  );
}

/**
 * Props of {@link PendingReleaseCard}.
 *
 * @internal
 */
export interface PendingReleaseCardProps {
  release: Release;
  /** Opens the detail view of the release. */
  onOpen(release: Release): void;
  /** Called after every accepted change, with the release before and after it. */
  onChanged?: (release: Release, previous: Release) => void;
}

/**
 * One pending release unit: what it is, where it stands on the main line, the gates still
 * missing for its next stage, its planned slots in the viewer's zone, and the actions the
 * viewer may take.
 *
 * @internal
 */
export function PendingReleaseCard(props: PendingReleaseCardProps) {
  const { onOpen, onChanged } = props;
  const state = useReleaseState(props.release);
  const { release, transitions } = state;

  return (
    <InfoCard
      title={
        <Link
          component="button"
          variant="h6"
          color="inherit"
          onClick={() => onOpen(release)}
          style={{ textAlign: 'left' }}
        >
          {release.title}
        </Link>
      }
      subheader={`${release.key} · version ${release.version ?? 'not set'}`}
    >
      <Box display="flex" flexDirection="column" style={{ gap: 16 }}>
        <ReleaseChips release={release} />
        <ReleaseStageStepper
          status={release.status}
          heldFrom={release.heldFrom}
        />
        <NextStep release={release} transitions={transitions} />
        <Box>
          <Typography variant="subtitle2" component="h3">
            Planned slots
          </Typography>
          <SlotList schedule={release.schedule} />
        </Box>
        <ReleaseConflictList release={release} />
        <ReleaseActions state={state} onChanged={onChanged} />
      </Box>
    </InfoCard>
  );
}
