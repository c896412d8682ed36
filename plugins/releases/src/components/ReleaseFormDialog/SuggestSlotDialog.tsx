import { Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogTitle from '@material-ui/core/DialogTitle';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import { ScheduleInterval } from '@stagegate/plugin-releases-common';
import { useId } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { SlotSuggestionRequest, releasesApiRef } from '../../api';
import { formatInterval } from '../../utils';
import { ActionMessage } from '../ActionMessage';

/** How many slots to suggest. */
const SUGGESTIONS = 5;

/**
 * Props of {@link SuggestSlotDialog}.
 *
 * @internal
 */
export interface SuggestSlotDialogProps {
  /** What to ask for; the dialog is closed without it. */
  request?: Omit<SlotSuggestionRequest, 'count'>;
  zone: string;
  onPick(slot: ScheduleInterval): void;
  onClose(): void;
}

/**
 * Asks the backend for the next conflict-free slots of a slot's CIs, environment and
 * duration, and lets the viewer pick one (times in the viewer's zone).
 *
 * @internal
 */
export function SuggestSlotDialog(props: SuggestSlotDialogProps) {
  const { request, zone, onPick, onClose } = props;
  const releasesApi = useApi(releasesApiRef);
  const titleId = useId();
  const key = JSON.stringify(request ?? null);
  const slots = useAsync(async () => {
    if (!request) return undefined;
    return releasesApi.suggestSlots({ ...request, count: SUGGESTIONS });
    // The request is compared by value.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [releasesApi, key]);

  return (
    <Dialog open={Boolean(request)} onClose={onClose} aria-labelledby={titleId}>
      <DialogTitle id={titleId}>
        {`Conflict-free slots in ${request?.environment ?? ''}`}
      </DialogTitle>
      <DialogContent dividers>
        <Typography variant="body2" color="textSecondary" gutterBottom>
          {`The next free slots of the same length for the release's CIs, outside
          blackouts and inside maintenance windows (times in ${zone}).`}
        </Typography>
        {slots.loading && <Progress />}
        {slots.error && <ActionMessage error={slots.error} />}
        {slots.value?.length === 0 && (
          <Typography variant="body2" role="status">
            No conflict-free slot in the next 90 days.
          </Typography>
        )}
        {slots.value && slots.value.length > 0 && (
          <List aria-label="Suggested slots" dense>
            {slots.value.map(slot => (
              <ListItem key={slot.start} button onClick={() => onPick(slot)}>
                <ListItemText
                  primary={formatInterval(slot.start, slot.end, zone)}
                />
              </ListItem>
            ))}
          </List>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
      </DialogActions>
    </Dialog>
  );
}
