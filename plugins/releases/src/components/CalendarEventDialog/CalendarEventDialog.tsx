import { StructuredMetadataTable } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogTitle from '@material-ui/core/DialogTitle';
import { CalendarEvent } from '@stagegate/plugin-releases-common';
import { useId } from 'react';
import { formatInterval } from '../../utils';

function windowMetadata(event: CalendarEvent, zone: string) {
  const own = event.timezone && event.timezone !== zone;
  return {
    Type:
      event.windowType === 'maintenance'
        ? 'Maintenance window'
        : 'Blackout window',
    Enforcement: event.enforcement ?? 'block',
    When: formatInterval(event.start, event.end, zone),
    ...(own
      ? {
          [`In ${event.timezone}`]: formatInterval(
            event.start,
            event.end,
            event.timezone,
          ),
        }
      : {}),
    Environments: event.environments?.join(', ') ?? 'every environment',
    Source: event.windowSource === 'api' ? 'API' : 'catalog',
  };
}

function changeMetadata(event: CalendarEvent, zone: string) {
  return {
    Environment: event.environment ?? '',
    When: formatInterval(event.start, event.end, zone),
    Status: event.status ?? '',
    Owner: event.owner ?? 'not set',
    CIs: (
      <Box component="span" display="inline-flex" flexDirection="column">
        {event.entityRefs.map(ref => (
          <EntityRefLink key={ref} entityRef={ref} />
        ))}
      </Box>
    ),
    Conflicts: String(event.conflictKeys.length),
  };
}

/**
 * Props of {@link CalendarEventDialog}.
 *
 * @internal
 */
export interface CalendarEventDialogProps {
  /** A change or a window occurrence; the dialog is closed without one. */
  event?: CalendarEvent;
  zone: string;
  onClose(): void;
}

/**
 * The detail of a change or of one occurrence of a change window, from the calendar.
 * Releases open their own detail dialog instead.
 *
 * @internal
 */
export function CalendarEventDialog(props: CalendarEventDialogProps) {
  const { event, zone, onClose } = props;
  const titleId = useId();
  return (
    <Dialog open={Boolean(event)} onClose={onClose} aria-labelledby={titleId}>
      <DialogTitle id={titleId}>{event?.title ?? ''}</DialogTitle>
      <DialogContent dividers>
        {event && (
          <StructuredMetadataTable
            metadata={
              event.kind === 'window'
                ? windowMetadata(event, zone)
                : changeMetadata(event, zone)
            }
            options={{ titleFormat: key => key }}
          />
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Close</Button>
      </DialogActions>
    </Dialog>
  );
}
