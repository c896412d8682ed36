import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import AlarmIcon from '@material-ui/icons/Alarm';
import ErrorOutlineIcon from '@material-ui/icons/ErrorOutline';
import WarningIcon from '@material-ui/icons/Warning';
import { Release, releaseStatusLabel } from '@stagegate/plugin-releases-common';
import { categoryLabel, overdueText, unitTypeLabel } from '../../utils';

/**
 * The category (an emergency stands out), unit type and status of a release as chips, how
 * many scheduling conflicts it has, and whether it is over its stage's time limit.
 *
 * @internal
 */
export function ReleaseChips(props: { release: Release }) {
  const { release } = props;
  const emergency = release.category === 'emergency';
  const conflicts = release.conflicts?.length ?? 0;
  return (
    <Box display="flex" flexWrap="wrap" style={{ gap: 4 }}>
      <Chip
        size="small"
        label={
          emergency
            ? 'Emergency release'
            : `${categoryLabel(release.category)} release`
        }
        color={emergency ? 'secondary' : 'default'}
        icon={emergency ? <WarningIcon /> : undefined}
      />
      <Chip
        size="small"
        variant="outlined"
        label={`${unitTypeLabel(release.unitType)} unit`}
      />
      <Chip
        size="small"
        variant="outlined"
        label={`Status: ${releaseStatusLabel(release.status)}`}
      />
      {conflicts > 0 && (
        <Chip
          size="small"
          color="secondary"
          icon={<ErrorOutlineIcon />}
          label={`${conflicts} conflict${conflicts === 1 ? '' : 's'}`}
        />
      )}
      {release.overdue && (
        <Chip
          size="small"
          color="secondary"
          icon={<AlarmIcon />}
          label={overdueText(release.overdue)}
        />
      )}
    </Box>
  );
}
