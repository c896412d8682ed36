import { ResponseErrorPanel } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';

/**
 * Why something could not be loaded (the backend's error), with a button to try again.
 *
 * @internal
 */
export function ErrorWithRetry(props: {
  /** What could not be loaded, such as "The calendar could not be loaded". */
  title: string;
  error: Error;
  onRetry(): void;
}) {
  return (
    <Box marginBottom={2}>
      <ResponseErrorPanel title={props.title} error={props.error} />
      <Button variant="outlined" onClick={props.onRetry}>
        Try again
      </Button>
    </Box>
  );
}
