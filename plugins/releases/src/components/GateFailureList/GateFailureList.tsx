import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemIcon from '@material-ui/core/ListItemIcon';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import RadioButtonUncheckedIcon from '@material-ui/icons/RadioButtonUnchecked';
import { GateFailure } from '@stagegate/plugin-releases-common';
import { gateNameLabel } from '../../utils';

/**
 * Props of {@link GateFailureList}.
 *
 * @internal
 */
export interface GateFailureListProps {
  failures: GateFailure[];
  /** Names the list for assistive technology, such as "Missing for build". */
  label: string;
  /** Smaller, for tooltips. */
  dense?: boolean;
}

/**
 * Every gate that still fails, each in words a person can act on, with the gate it belongs
 * to.
 *
 * @internal
 */
export function GateFailureList(props: GateFailureListProps) {
  const { failures, label, dense } = props;
  if (dense) {
    return (
      <ul aria-label={label} style={{ margin: 0, paddingLeft: 16 }}>
        {failures.map((failure, index) => (
          <li key={index}>
            {`${gateNameLabel(failure.gate)}: ${failure.message}`}
          </li>
        ))}
      </ul>
    );
  }
  return (
    <List dense aria-label={label} disablePadding>
      {failures.map((failure, index) => (
        <ListItem key={index} disableGutters>
          <ListItemIcon style={{ minWidth: 32 }}>
            <RadioButtonUncheckedIcon fontSize="small" color="error" />
          </ListItemIcon>
          <ListItemText
            primary={failure.message}
            secondary={
              <Typography variant="caption" component="span">
                {gateNameLabel(failure.gate)}
              </Typography>
            }
          />
        </ListItem>
      ))}
    </List>
  );
}
