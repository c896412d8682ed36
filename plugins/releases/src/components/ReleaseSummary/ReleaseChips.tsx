import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import WarningIcon from '@material-ui/icons/Warning';
import { Release, releaseStatusLabel } from '@stagegate/plugin-releases-common';
import { categoryLabel, unitTypeLabel } from '../../utils';

/**
 * The category (an emergency stands out), unit type and status of a release as chips.
 *
 * @internal
 */
export function ReleaseChips(props: { release: Release }) {
  const { release } = props;
  const emergency = release.category === 'emergency';
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
    </Box>
  );
}
