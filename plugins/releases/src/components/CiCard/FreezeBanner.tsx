import Box from '@material-ui/core/Box';
import Paper from '@material-ui/core/Paper';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { FreezeStatus } from '@stagegate/plugin-releases-common';
import { useId } from 'react';
import { formatInstant } from '../../utils';
import { WindowName } from './WindowName';
import { ZonedTimes } from './ZonedTimes';

const useStyles = makeStyles(theme => ({
  frozen: {
    backgroundColor: theme.palette.error.main,
    color: theme.palette.getContrastText(theme.palette.error.main),
  },
  upcoming: {
    backgroundColor: theme.palette.warning.light,
    color: theme.palette.getContrastText(theme.palette.warning.light),
  },
  banner: {
    padding: theme.spacing(1.5, 2),
    marginBottom: theme.spacing(2),
    // The times in the window's zone are secondary text; keep them readable on the colour.
    '& .MuiTypography-colorTextSecondary': { color: 'inherit', opacity: 0.85 },
  },
}));

/**
 * Props of {@link FreezeBanner}.
 *
 * @internal
 */
export interface FreezeBannerProps {
  freeze: FreezeStatus;
}

/**
 * Says whether a CI is frozen now and until when, or when its next freeze begins, in the
 * viewer's zone and in the window's.
 *
 * @internal
 */
export function FreezeBanner(props: FreezeBannerProps) {
  const { freeze } = props;
  const classes = useStyles();
  const headingId = useId();

  if (freeze.state === 'none') {
    return (
      <Box marginBottom={2}>
        <Typography role="status" variant="body2" color="textSecondary">
          No freeze windows apply
        </Typography>
      </Box>
    );
  }

  const frozen = freeze.state === 'frozen';
  const { window } = freeze;
  const instant = frozen ? freeze.until : freeze.from;
  const allowed = window.allowCategories;
  return (
    <Paper
      role="status"
      aria-labelledby={headingId}
      elevation={0}
      className={`${classes.banner} ${
        frozen ? classes.frozen : classes.upcoming
      }`}
    >
      <Typography id={headingId} variant="h6" component="h3">
        {frozen ? 'Frozen now' : 'Next freeze'}
      </Typography>
      <Typography variant="body1" component="div">
        <WindowName window={window} color="inherit" underline="always" /> (
        {window.enforcement}) {frozen ? 'until' : 'from'}
      </Typography>
      <ZonedTimes
        zone={window.timezone}
        format={zone => formatInstant(instant, zone)}
      />
      {allowed.length > 0 && (
        <Typography variant="body2" component="div">
          {`Still allowed: ${allowed.join(', ')} releases`}
        </Typography>
      )}
    </Paper>
  );
}
