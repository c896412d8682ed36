import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import {
  HistoryAction,
  HistoryEntry,
  releaseStatusLabel,
} from '@stagegate/plugin-releases-common';
import { formatInstant, shortRef } from '../../utils';

const ACTION_LABELS: Record<HistoryAction, string> = {
  created: 'created the release',
  updated: 'changed the release',
  transitioned: 'moved the release',
  approval: 'recorded a decision',
  'test-results': 'recorded test results',
  'conflict-override': 'overrode conflicts',
};

/**
 * What one history entry says, in a sentence: who did what, and from which status to which.
 *
 * @internal
 */
export function historyHeadline(entry: HistoryEntry): string {
  const who = shortRef(entry.by);
  const what = ACTION_LABELS[entry.action] ?? entry.action;
  const move =
    entry.from && entry.to
      ? `: ${releaseStatusLabel(entry.from)} → ${releaseStatusLabel(entry.to)}`
      : '';
  return `${who} ${what}${move}`;
}

/**
 * The append-only history of a release, oldest first: when, who, from → to, why, and the
 * fields that changed.
 *
 * @internal
 */
export function HistoryTimeline(props: { entries: HistoryEntry[] }) {
  const { entries } = props;
  if (entries.length === 0) {
    return <Typography variant="body2">No history recorded.</Typography>;
  }
  return (
    <List component="ol" dense aria-label="History" disablePadding>
      {entries.map(entry => (
        <ListItem
          key={`${entry.revision}-${entry.at}`}
          component="li"
          disableGutters
          divider
        >
          <ListItemText
            primary={historyHeadline(entry)}
            secondary={
              <>
                <Typography variant="caption" component="span" display="block">
                  {`${formatInstant(entry.at)} · revision ${entry.revision}`}
                </Typography>
                {entry.reason && (
                  <Typography variant="body2" component="span" display="block">
                    {`Reason: ${entry.reason}`}
                  </Typography>
                )}
                {entry.changes.length > 0 && (
                  <Typography variant="body2" component="span" display="block">
                    {`Changed: ${entry.changes.map(c => c.field).join(', ')}`}
                  </Typography>
                )}
              </>
            }
          />
        </ListItem>
      ))}
    </List>
  );
}
