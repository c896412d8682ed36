import { CopyTextButton, Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogTitle from '@material-ui/core/DialogTitle';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import { FeedToken } from '@stagegate/plugin-releases-common';
import { FormEvent, useId, useState } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { CalendarFilters, releasesApiRef } from '../../api';
import { ActionMessage } from '../ActionMessage';
import { FeedTokenList } from './FeedTokenList';

/**
 * Props of {@link FeedSubscriptionDialog}.
 *
 * @internal
 */
export interface FeedSubscriptionDialogProps {
  open: boolean;
  onClose(): void;
  /** The calendar's current filters; the feed shows the same events. */
  filters: CalendarFilters;
  /** The zone the feed writes release and change times in. */
  zone: string;
}

type Feedback = { error: unknown } | { success: string };

/**
 * Subscribes a calendar client (Outlook, Google Calendar, ...) to the release calendar:
 * makes a feed token and shows the iCalendar address with the current filters, to copy;
 * lists the viewer's tokens, each revocable.
 *
 * @internal
 */
export function FeedSubscriptionDialog(props: FeedSubscriptionDialogProps) {
  const { open, onClose, filters, zone } = props;
  const releasesApi = useApi(releasesApiRef);
  const titleId = useId();
  const [name, setName] = useState('My calendar');
  const [url, setUrl] = useState<string>();
  const [busy, setBusy] = useState<string>();
  const [feedback, setFeedback] = useState<Feedback>();

  const tokens = useAsyncRetry(
    async () => (open ? releasesApi.listFeedTokens() : []),
    [releasesApi, open],
  );

  const create = async (event: FormEvent) => {
    event.preventDefault();
    setBusy('create');
    setFeedback(undefined);
    try {
      const created = await releasesApi.createFeedToken(name.trim());
      setUrl(
        await releasesApi.getCalendarFeedUrl(created.token, filters, zone),
      );
      tokens.retry();
    } catch (error) {
      setFeedback({ error });
    } finally {
      setBusy(undefined);
    }
  };

  const revoke = async (token: FeedToken) => {
    setBusy(token.id);
    setFeedback(undefined);
    try {
      await releasesApi.revokeFeedToken(token.id);
      setFeedback({
        success: `Revoked “${token.name}”: calendars using it stop updating.`,
      });
      tokens.retry();
    } catch (error) {
      setFeedback({ error });
    } finally {
      setBusy(undefined);
    }
  };

  const close = () => {
    setUrl(undefined);
    setFeedback(undefined);
    onClose();
  };

  return (
    <Dialog
      open={open}
      onClose={close}
      aria-labelledby={titleId}
      fullWidth
      maxWidth="md"
    >
      <DialogTitle id={titleId}>Subscribe in your calendar app</DialogTitle>
      <DialogContent dividers>
        <Typography variant="body2" paragraph>
          {`A subscription link shows the release calendar, with the filters set now, in
          Outlook, Google Calendar or any iCalendar client, with times in ${zone}. Each link
          has its own token; revoke it when you no longer use it.`}
        </Typography>
        <Box
          component="form"
          onSubmit={create}
          display="flex"
          alignItems="center"
          style={{ gap: 8 }}
        >
          <TextField
            id="feed-token-name"
            label="Name of the link (such as the calendar app)"
            value={name}
            onChange={event => setName(event.target.value)}
            variant="outlined"
            margin="dense"
            required
            style={{ flex: 1 }}
          />
          <Button
            type="submit"
            variant="contained"
            color="primary"
            disabled={busy === 'create' || name.trim() === ''}
          >
            Create subscription link
          </Button>
        </Box>
        {url && (
          <Box marginY={2}>
            <Box display="flex" alignItems="center" style={{ gap: 8 }}>
              <TextField
                id="feed-url"
                label="Subscription address"
                value={url}
                InputProps={{ readOnly: true }}
                variant="outlined"
                margin="dense"
                fullWidth
                onFocus={event => event.target.select()}
              />
              <CopyTextButton
                text={url}
                tooltipText="Copied"
                aria-label="Copy the subscription address"
              />
            </Box>
            <Typography variant="body2" color="textSecondary" role="status">
              Copy it now: its token is not shown again.
            </Typography>
          </Box>
        )}
        {feedback && 'error' in feedback && (
          <ActionMessage error={feedback.error} />
        )}
        {feedback && 'success' in feedback && (
          <ActionMessage success={feedback.success} />
        )}
        <Box marginTop={2}>
          <Typography variant="h6" component="h3">
            Your subscription links
          </Typography>
          {tokens.loading && !tokens.value && <Progress />}
          {tokens.error && <ActionMessage error={tokens.error} />}
          {tokens.value && (
            <FeedTokenList
              tokens={tokens.value}
              busy={busy}
              onRevoke={revoke}
            />
          )}
        </Box>
      </DialogContent>
      <DialogActions>
        <Button onClick={close}>Close</Button>
      </DialogActions>
    </Dialog>
  );
}
