import Box from '@material-ui/core/Box';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import {
  CiWindow,
  NEXT_OCCURRENCE_HORIZON_DAYS,
  WindowOccurrence,
} from '@stagegate/plugin-releases-common';
import { formatInterval } from '../../utils';
import { WindowName } from './WindowName';
import { ZonedTimes } from './ZonedTimes';

function Occurrence(props: {
  label: string;
  occurrence: WindowOccurrence;
  zone: string;
}) {
  const { label, occurrence, zone } = props;
  return (
    <Box marginBottom={0.5}>
      <Typography variant="overline" component="div">
        {label}
      </Typography>
      <ZonedTimes
        zone={zone}
        format={z => formatInterval(occurrence.start, occurrence.end, z)}
      />
    </Box>
  );
}

function listOrNone(values: string[], none: string): string {
  return values.length === 0 ? none : values.join(', ');
}

/**
 * Props of {@link CiWindowTable}.
 *
 * @internal
 */
export interface CiWindowTableProps {
  windows: CiWindow[];
}

/**
 * The change windows that apply to a CI, with their occurrence under way and the next one in
 * the viewer's zone and in the window's own zone.
 *
 * @internal
 */
export function CiWindowTable(props: CiWindowTableProps) {
  const { windows } = props;
  if (windows.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        No change windows apply to this CI.
      </Typography>
    );
  }
  return (
    <Table size="small" aria-label="Change windows">
      <TableHead>
        <TableRow>
          <TableCell>Window</TableCell>
          <TableCell>Type</TableCell>
          <TableCell>Enforcement</TableCell>
          <TableCell>Environments</TableCell>
          <TableCell>Allowed categories</TableCell>
          <TableCell>Occurrences</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {windows.map(window => (
          <TableRow key={window.id}>
            <TableCell>
              <WindowName window={window} />
              {window.description && (
                <Typography variant="body2" color="textSecondary">
                  {window.description}
                </Typography>
              )}
            </TableCell>
            <TableCell>
              <div>{window.type}</div>
              <Typography
                variant="body2"
                color="textSecondary"
                title={window.rrule}
              >
                {window.rrule ? 'recurring' : 'one-off'}
              </Typography>
            </TableCell>
            <TableCell>{window.enforcement}</TableCell>
            <TableCell>{listOrNone(window.environments, 'none')}</TableCell>
            <TableCell>{listOrNone(window.allowCategories, 'none')}</TableCell>
            <TableCell>
              {window.current && (
                <Occurrence
                  label="Now"
                  occurrence={window.current}
                  zone={window.timezone}
                />
              )}
              {window.next && (
                <Occurrence
                  label="Next"
                  occurrence={window.next}
                  zone={window.timezone}
                />
              )}
              {!window.current && !window.next && (
                <Typography variant="body2" color="textSecondary">
                  {`No occurrence in the next ${NEXT_OCCURRENCE_HORIZON_DAYS} days`}
                </Typography>
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
