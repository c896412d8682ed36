import { InfoCard } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import {
  CalendarConflict,
  CalendarEvent,
} from '@stagegate/plugin-releases-common';
import { useMemo } from 'react';
import { formatInterval, sortConflicts } from '../../utils';
import { ConflictChips } from '../ConflictChips';

function ConflictItem(props: {
  conflict: CalendarConflict;
  event?: CalendarEvent;
  zone: string;
  onOpen(event: CalendarEvent): void;
}) {
  const { conflict, event, zone, onOpen } = props;
  return (
    <Box component="li" paddingY={1} borderBottom="1px solid rgba(0,0,0,0.12)">
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
    </Box>
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

/**
 * The side panel of the calendar: every conflict of the period, blocking ones first, with
 * its reason, type, severity, enforcement, environment and interval (in the zone shown),
 * the affected CIs, and a button that opens the event that has it.
 *
 * @internal
 */
export function ConflictPanel(props: ConflictPanelProps) {
  const { conflicts, events, zone, onOpen } = props;
  const byId = useMemo(
    () => new Map(events.map(event => [event.id, event])),
    [events],
  );
  const sorted = useMemo(() => sortConflicts(conflicts), [conflicts]);
  const title = `Conflicts (${conflicts.length})`;
  return (
    <InfoCard title={title} noPadding={false}>
      {sorted.length === 0 ? (
        <Typography variant="body2">No conflicts in this period.</Typography>
      ) : (
        <ul
          aria-label="Conflicts"
          style={{ margin: 0, padding: 0, listStyle: 'none' }}
        >
          {sorted.map(conflict => (
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
    </InfoCard>
  );
}
