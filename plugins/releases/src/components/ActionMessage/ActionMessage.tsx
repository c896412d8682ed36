import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { errorMessage, isStaleRevisionError } from '../../utils';

const useStyles = makeStyles(theme => ({
  box: {
    padding: theme.spacing(1, 2),
    borderRadius: theme.shape.borderRadius,
    borderLeft: `4px solid`,
    marginTop: theme.spacing(1),
    marginBottom: theme.spacing(1),
    display: 'flex',
    alignItems: 'center',
    gap: theme.spacing(2),
  },
  error: {
    borderLeftColor: theme.palette.error.main,
    backgroundColor: theme.palette.background.default,
  },
  success: {
    borderLeftColor: theme.palette.success.main,
    backgroundColor: theme.palette.background.default,
  },
}));

/**
 * Props of {@link ActionMessage}.
 *
 * @internal
 */
export type ActionMessageProps =
  | {
      /** A failed request; its backend message is shown. */
      error: unknown;
      /**
       * Whether any 409 means a stale revision (true for a PATCH, whose only conflict is
       * that one).
       */
      staleOnConflict?: boolean;
      /** Reads the release again; offered when the release changed in the meantime. */
      onReload?: () => void;
      success?: undefined;
    }
  | { success: string; error?: undefined };

/**
 * The outcome of an action: what succeeded, or the backend's own message of why it was
 * refused. A stale revision asks the viewer to reload.
 *
 * @internal
 */
export function ActionMessage(props: ActionMessageProps) {
  const classes = useStyles();
  if (props.success !== undefined) {
    return (
      <Box role="status" className={`${classes.box} ${classes.success}`}>
        <Typography variant="body2">{props.success}</Typography>
      </Box>
    );
  }
  const { error, staleOnConflict, onReload } = props;
  const stale = isStaleRevisionError(error, { anyConflict: staleOnConflict });
  return (
    <Box role="alert" className={`${classes.box} ${classes.error}`}>
      <Box flexGrow={1}>
        <Typography variant="body2">{errorMessage(error)}</Typography>
        {stale && (
          <Typography variant="body2">
            Someone changed this release since you loaded it. Reload it to see
            the latest version, then try again.
          </Typography>
        )}
      </Box>
      {stale && onReload && (
        <Button variant="outlined" size="small" onClick={onReload}>
          Reload
        </Button>
      )}
    </Box>
  );
}
