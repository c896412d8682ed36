import { InfoCard } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Button from '@material-ui/core/Button';
import { makeStyles } from '@material-ui/core/styles';
import Typography from '@material-ui/core/Typography';
import {
  CalendarConflict,
  CalendarEvent,
} from '@stagegate/plugin-releases-common';
import { useMemo, useState } from 'react';
import { formatInterval, sortConflicts } from '../../utils';
import { ConflictChips } from '../ConflictChips';

// Classes, not Boxes: a Box makes a style sheet of its own for each conflict, which slowed
// a calendar with a hundred conflicts down.
const useStyles = makeStyles(theme => ({
  list: { margin: 0, padding: 0, listStyle: 'none' },
  item: {
    padding: theme.spacing(1, 0),
    borderBottom: `1px solid ${theme.palette.divider}`,
  },
}));

function ConflictItem(props: {
  conflict: CalendarConflict;
  event?: CalendarEvent;
  zone: string;
  onOpen(event: CalendarEvent): void;
}) {
  const { conflict, event, zone, onOpen } = props;
  const classes = useStyles();
  return (
    <li className={classes.item}>
      <Typography variant="body2" component="p" style={{ fontWeight: 500 }}>
        {conflict.message}
      </Typography>
      <ConflictChips conflict={conflict} />
      <Typography variant="body2" color="textSecondary">
        {`${conflict.environment}: ${formatInterval(
          conflict.interval.start,
          conflict.interval.end,
          zone,
        )}`}
      </Typography>
      <Typography variant="body2" color="textSecondary" component="div">
        Affected CIs:{' '}
        {conflict.entityRefs.map((ref, i) => (
          <span key={ref}>
            {i > 0 && ', '}
            <EntityRefLink entityRef={ref} />
          </span>
        ))}
      </Typography>
      {event && (
        <Button size="small" color="primary" onClick={() => onOpen(event)}>
          {`Open ${event.releaseKey ?? event.title}`}
        </Button>
      )}
    </li>
  );
}

/**
 * Props of {@link ConflictPanel}.
 *
 * @internal
 */
export interface ConflictPanelProps {
  conflicts: CalendarConflict[];
  /** The calendar's events, to open the event that has a conflict. */
  events: CalendarEvent[];
  zone: string;
  onOpen(event: CalendarEvent): void;
}

/** How many conflicts the panel shows before "Show all". */
const FIRST_CONFLICTS = 20;

/**
 * The side panel of the calendar: every conflict of the period, blocking ones first, with
 * its reason, type, severity, enforcement, environment and interval (in the zone shown),
 * the affected CIs, and a button that opens the event that has it. A busy period shows
 * the first 20 and a button for the rest: a hundred conflicts with
 * their chips and links took longer to draw than the calendar itself.
 *
 * @internal
 */
export function ConflictPanel(props: ConflictPanelProps) {
  const { conflicts, events, zone, onOpen } = props;
  const classes = useStyles();
  const byId = useMemo(
    () => new Map(events.map(event => [event.id, event])),
    [events],
  );
  const sorted = useMemo(() => sortConflicts(conflicts), [conflicts]);
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? sorted : sorted.slice(0, FIRST_CONFLICTS);
  const title = `Conflicts (${conflicts.length})`;
  return (
    <InfoCard title={title} noPadding={false}>
      {sorted.length === 0 ? (
        <Typography variant="body2">No conflicts in this period.</Typography>
      ) : (
        <ul aria-label="Conflicts" className={classes.list}>
          {shown.map(conflict => (
            <ConflictItem
              key={conflict.key}
              conflict={conflict}
              event={byId.get(conflict.eventId)}
              zone={zone}
              onOpen={onOpen}
            />
          ))}
        </ul>
      )}
      {shown.length < sorted.length && (
        <Button size="small" onClick={() => setShowAll(true)}>
          {`Show all ${sorted.length} conflicts`}
        </Button>
      )}
    </InfoCard>
  );
}
