import Typography from '@material-ui/core/Typography';
import { ScheduleSlot } from '@stagegate/plugin-releases-common';
import {
  formatInstant,
  formatInterval,
  formatSlot,
  viewerZone,
} from '../../utils';

const SLOT_STATUS_LABELS: Record<ScheduleSlot['status'], string> = {
  planned: 'planned',
  in_progress: 'in progress',
  done: 'done',
  failed: 'failed',
  backed_out: 'backed out',
};

/**
 * The slots of a release per environment in the viewer's zone, and with `actual`, the
 * recorded deployment next to the plan.
 *
 * @internal
 */
export function SlotList(props: {
  schedule: ScheduleSlot[];
  /** Also show the actual start and end, and the slot status. */
  actual?: boolean;
}) {
  const { schedule, actual } = props;
  if (schedule.length === 0) {
    return <Typography variant="body2">No slots planned yet.</Typography>;
  }
  return (
    <ul
      aria-label={`Planned slots (times in ${viewerZone()})`}
      style={{ margin: 0, paddingLeft: 20 }}
    >
      {schedule.map(slot => (
        <li key={slot.environment}>
          <Typography variant="body2" component="span">
            {formatSlot(slot)}
          </Typography>
          {actual && (
            <Typography variant="body2" component="div" color="textSecondary">
              {actualText(slot)}
            </Typography>
          )}
        </li>
      ))}
    </ul>
  );
}

/**
 * What happened in a slot: its status, and the actual times when recorded.
 *
 * @internal
 */
export function actualText(slot: ScheduleSlot): string {
  const status = SLOT_STATUS_LABELS[slot.status] ?? slot.status;
  if (!slot.actualStart) return `Actual: not recorded (${status})`;
  if (!slot.actualEnd) {
    return `Actual: started ${formatInstant(slot.actualStart)} (${status})`;
  }
  return `Actual: ${formatInterval(
    slot.actualStart,
    slot.actualEnd,
  )} (${status})`;
}
