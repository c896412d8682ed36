import { makeStyles } from '@material-ui/core/styles';
import { CalendarEvent } from '@stagegate/plugin-releases-common';
import { DateTime } from 'luxon';
import { KeyboardEvent, useMemo } from 'react';
import { Calendar, Components, EventProps } from 'react-big-calendar';
import 'react-big-calendar/lib/css/react-big-calendar.css';
import {
  eventDescription,
  eventLabel,
  eventStyle,
  toWallClock,
} from '../../calendar';
import { calendarLocalizer } from './calendarLocalizer';

/**
 * A calendar event as react-big-calendar lays it out: wall clock dates in the zone shown.
 *
 * @internal
 */
export interface GridEvent {
  event: CalendarEvent;
  title: string;
  start: Date;
  end: Date;
  allDay: boolean;
}

const DAY_MS = 86_400_000;

/**
 * The calendar's events for react-big-calendar, at their wall clock times in `zone`.
 *
 * @internal
 */
export function gridEvents(events: CalendarEvent[], zone: string): GridEvent[] {
  return events.map(event => {
    const start = toWallClock(event.start, zone);
    const end = toWallClock(event.end, zone);
    return {
      event,
      title: eventLabel(event),
      start,
      end,
      // Windows of a day or more read best as bars across the days.
      allDay:
        event.kind === 'window' && end.getTime() - start.getTime() >= DAY_MS,
    };
  });
}

const useStyles = makeStyles(theme => ({
  root: {
    '& .rbc-event': { padding: '1px 4px', fontSize: '0.8rem' },
    '& .rbc-event:focus-within, & .rbc-event:focus': {
      boxShadow: `0 0 0 2px ${theme.palette.primary.main}`,
    },
    '& .rbc-off-range-bg': {
      background: theme.palette.action.hover,
    },
    '& .rbc-today': {
      background: theme.palette.action.selected,
    },
    '& .rbc-header': {
      color: theme.palette.text.primary,
    },
  },
}));

/**
 * Props of {@link ReleaseCalendarGrid}.
 *
 * @internal
 */
export interface ReleaseCalendarGridProps {
  events: CalendarEvent[];
  view: 'month' | 'week';
  /** The day shown, `yyyy-MM-dd` in `zone`. */
  date: string;
  zone: string;
  onOpen(event: CalendarEvent): void;
}

/**
 * The month and week views of the calendar, with react-big-calendar (the agenda is
 * `CalendarAgenda`, a virtual list): events at
 * their wall clock times in the zone shown, coloured by category and status, outlined when
 * they have conflicts; change windows shaded (in the week view, behind the events). Every
 * event is a button: click, Enter or Space opens it.
 *
 * @internal
 */
export function ReleaseCalendarGrid(props: ReleaseCalendarGridProps) {
  const { events, view, date, zone, onOpen } = props;
  const classes = useStyles();
  const all = useMemo(() => gridEvents(events, zone), [events, zone]);
  const [foreground, background] = useMemo(() => {
    if (view !== 'week') return [all, [] as GridEvent[]];
    return [
      all.filter(e => e.event.kind !== 'window'),
      all.filter(e => e.event.kind === 'window'),
    ];
  }, [all, view]);
  const shown = DateTime.fromFormat(date, 'yyyy-MM-dd').toJSDate();

  const components = useMemo((): Components<GridEvent> => {
    const onKey = (event: CalendarEvent) => (e: KeyboardEvent) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        e.stopPropagation();
        onOpen(event);
      }
    };
    // In the month view the library's event is not focusable: the label is.
    const Focusable = ({ event }: EventProps<GridEvent>) => (
      <span
        role="button"
        tabIndex={0}
        aria-label={eventDescription(event.event)}
        onKeyDown={onKey(event.event)}
      >
        {event.title}
      </span>
    );
    const Plain = ({ event }: EventProps<GridEvent>) => (
      <span aria-label={eventDescription(event.event)}>{event.title}</span>
    );
    return {
      month: { event: Focusable },
      week: { event: Plain },
    };
  }, [onOpen]);

  return (
    <div className={classes.root}>
      <Calendar<GridEvent>
        localizer={calendarLocalizer}
        events={foreground}
        backgroundEvents={background}
        view={view}
        views={['month', 'week']}
        onView={() => {}}
        date={shown}
        onNavigate={() => {}}
        toolbar={false}
        popup
        tooltipAccessor={e => eventDescription(e.event)}
        eventPropGetter={e => ({ style: eventStyle(e.event) })}
        onSelectEvent={e => onOpen(e.event)}
        onKeyPressEvent={(e, key) => {
          const pressed = (key as { key?: string }).key;
          if (pressed === 'Enter' || pressed === ' ') onOpen(e.event);
        }}
        components={components}
        scrollToTime={DateTime.fromObject({ hour: 7 }).toJSDate()}
        style={{ height: 760 }}
      />
    </div>
  );
}
