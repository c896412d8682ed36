import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import WarningIcon from '@material-ui/icons/Warning';
import { Conflict } from '@stagegate/plugin-releases-common';
import { CONFLICT_TYPE_LABELS, ENFORCEMENT_LABELS } from '../../utils';

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
  const blocking = conflict.enforcement === 'block' && !overridden;
  return (
    <Box display="flex" flexWrap="wrap" style={{ gap: 4 }} marginY={0.5}>
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
    </Box>
  );
}
