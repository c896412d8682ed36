import Chip from '@material-ui/core/Chip';
import { makeStyles } from '@material-ui/core/styles';
import WarningIcon from '@material-ui/icons/Warning';
import { Conflict } from '@stagegate/plugin-releases-common';
import { CONFLICT_TYPE_LABELS, ENFORCEMENT_LABELS } from '../../utils';

// A class, not a Box: a Box makes a style sheet of its own for each conflict, which
// slowed a calendar with a hundred conflicts down.
const useStyles = makeStyles(theme => ({
  chips: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: 4,
    margin: theme.spacing(0.5, 0),
  },
}));

/**
 * A conflict's type, severity and enforcement as chips, with a warning on a blocking one
 * that no override covers, and "Overridden" when one does.
 *
 * @internal
 */
export function ConflictChips(props: {
  conflict: Pick<Conflict, 'type' | 'severity' | 'enforcement'>;
  overridden?: boolean;
}) {
  const { conflict, overridden = false } = props;
  const classes = useStyles();
  const blocking = conflict.enforcement === 'block' && !overridden;
  return (
    <div className={classes.chips}>
      <Chip
        size="small"
        label={CONFLICT_TYPE_LABELS[conflict.type] ?? conflict.type}
      />
      <Chip
        size="small"
        variant="outlined"
        label={`Severity: ${conflict.severity}`}
      />
      <Chip
        size="small"
        color={blocking ? 'secondary' : 'default'}
        icon={blocking ? <WarningIcon /> : undefined}
        label={`Enforcement: ${conflict.enforcement} (${
          ENFORCEMENT_LABELS[conflict.enforcement]
        })`}
      />
      {overridden && <Chip size="small" label="Overridden" />}
    </div>
  );
}
