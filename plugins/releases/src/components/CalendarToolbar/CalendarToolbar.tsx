import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import ButtonGroup from '@material-ui/core/ButtonGroup';
import IconButton from '@material-ui/core/IconButton';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import ChevronLeftIcon from '@material-ui/icons/ChevronLeft';
import ChevronRightIcon from '@material-ui/icons/ChevronRight';
import {
  CALENDAR_VIEWS,
  CalendarView,
  TimelineGrouping,
  periodLabel,
} from '../../calendar';
import { TimeZoneSelect } from '../TimeZoneSelect';

const VIEW_LABELS: Record<CalendarView, string> = {
  month: 'Month',
  week: 'Week',
  agenda: 'Agenda',
  timeline: 'Timeline',
};

/**
 * Props of {@link CalendarToolbar}.
 *
 * @internal
 */
export interface CalendarToolbarProps {
  view: CalendarView;
  date: string;
  zone: string;
  group: TimelineGrouping;
  onView(view: CalendarView): void;
  onStep(direction: 1 | -1): void;
  onToday(): void;
  onZone(zone: string): void;
  onGroup(group: TimelineGrouping): void;
}

/**
 * The calendar's navigation: back, today, forward, the period shown, the view (month,
 * week, agenda, timeline), the timeline's rows, and the time zone.
 *
 * @internal
 */
export function CalendarToolbar(props: CalendarToolbarProps) {
  const { view, date, zone, group } = props;
  return (
    <Box
      display="flex"
      flexWrap="wrap"
      alignItems="center"
      justifyContent="space-between"
      style={{ gap: 8 }}
    >
      <Box display="flex" alignItems="center" style={{ gap: 4 }}>
        <IconButton
          aria-label="Previous period"
          onClick={() => props.onStep(-1)}
        >
          <ChevronLeftIcon />
        </IconButton>
        <Button variant="outlined" size="small" onClick={props.onToday}>
          Today
        </Button>
        <IconButton aria-label="Next period" onClick={() => props.onStep(1)}>
          <ChevronRightIcon />
        </IconButton>
        <Typography variant="h5" component="h2" aria-live="polite">
          {periodLabel(view, date)}
        </Typography>
      </Box>
      <Box
        display="flex"
        flexWrap="wrap"
        alignItems="center"
        style={{ gap: 8 }}
      >
        <ButtonGroup size="small" aria-label="Calendar view">
          {CALENDAR_VIEWS.map(v => (
            <Button
              key={v}
              aria-pressed={v === view}
              variant={v === view ? 'contained' : 'outlined'}
              color={v === view ? 'primary' : 'default'}
              onClick={() => props.onView(v)}
            >
              {VIEW_LABELS[v]}
            </Button>
          ))}
        </ButtonGroup>
        {view === 'timeline' && (
          <TextField
            id="release-calendar-group"
            select
            SelectProps={{ native: true }}
            label="One row per"
            value={group}
            onChange={event =>
              props.onGroup(event.target.value as TimelineGrouping)
            }
            variant="outlined"
            margin="dense"
          >
            <option value="system">System</option>
            <option value="ci">CI</option>
          </TextField>
        )}
        <TimeZoneSelect value={zone} onChange={props.onZone} />
      </Box>
    </Box>
  );
}
