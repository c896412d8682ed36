import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import WarningIcon from '@material-ui/icons/Warning';
import {
  Release,
  overriddenConflictIds,
} from '@stagegate/plugin-releases-common';
import { useId } from 'react';
import { formatInstant, sortConflicts } from '../../utils';
import { ConflictChips } from '../ConflictChips';

/**
 * The scheduling conflicts of a release (as stored at its last save in lists, re-checked on
 * its detail), blocking ones first, each with its reason, type, severity and enforcement,
 * and whether an override covers it. Nothing when it has none.
 *
 * @internal
 */
export function ReleaseConflictList(props: {
  release: Pick<
    Release,
    | 'conflicts'
    | 'conflictOverrides'
    | 'conflictsCheckedAt'
    | 'conflictsUnchecked'
  >;
}) {
  const { release } = props;
  const headingId = useId();
  const conflicts = release.conflicts ?? [];
  const notice = release.conflictsUnchecked && (
    <Typography variant="body2" color="textSecondary" role="status">
      {release.conflictsCheckedAt
        ? `Conflicts as checked ${formatInstant(
            release.conflictsCheckedAt,
          )}, not re-checked now: ${release.conflictsUnchecked}`
        : `Conflicts not checked: ${release.conflictsUnchecked}`}
    </Typography>
  );
  if (conflicts.length === 0) return notice || null;
  const overridden = overriddenConflictIds(release);
  return (
    <Box role="region" aria-labelledby={headingId}>
      {notice}
      <Typography
        id={headingId}
        variant="subtitle2"
        component="h3"
        color="error"
        style={{ display: 'flex', alignItems: 'center', gap: 4 }}
      >
        <WarningIcon fontSize="small" aria-hidden />
        {`Conflicts (${conflicts.length})`}
      </Typography>
      <ul style={{ margin: 0, paddingLeft: 20 }}>
        {sortConflicts(conflicts).map(conflict => (
          <li key={conflict.id}>
            <Typography variant="body2">{conflict.message}</Typography>
            <ConflictChips
              conflict={conflict}
              overridden={overridden.has(conflict.id)}
            />
          </li>
        ))}
      </ul>
    </Box>
  );
}
