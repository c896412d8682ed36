import { makeStyles } from '@material-ui/core/styles';
import Typography from '@material-ui/core/Typography';
import { CalendarEvent } from '@stagegate/plugin-releases-common';
import {
  Range,
  defaultRangeExtractor,
  elementScroll,
  useVirtualizer,
} from '@tanstack/react-virtual';
import {
  CSSProperties,
  KeyboardEvent,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import {
  AgendaEventRow,
  agendaRows,
  agendaTimeLabel,
  eventDescription,
  eventLabel,
  eventStyle,
} from '../../calendar';

/** The agenda's height, as the month and week views have. */
const HEIGHT = 760;
const DAY_ROW = 36;
const EVENT_ROW = 32;
/** Rows drawn above and below the visible ones, so that a fast scroll shows no gap. */
const OVERSCAN = 12;
/** How many events PageUp and PageDown move by. */
const PAGE = 15;

const useStyles = makeStyles(theme => ({
  scroller: {
    height: HEIGHT,
    overflowY: 'auto',
    border: `1px solid ${theme.palette.divider}`,
    borderRadius: 4,
  },
  list: { position: 'relative', width: '100%' },
  row: {
    top: 0,
    left: 0,
    width: '100%',
    display: 'flex',
    alignItems: 'center',
    boxSizing: 'border-box',
    padding: theme.spacing(0, 1),
  },
  day: {
    background: theme.palette.background.paper,
    borderBottom: `1px solid ${theme.palette.divider}`,
    zIndex: 1,
  },
  time: {
    flex: '0 0 13rem',
    whiteSpace: 'nowrap',
    color: theme.palette.text.secondary,
    fontVariantNumeric: 'tabular-nums',
  },
  // One line per event (the full text is in the tooltip), so that every row has the
  // height the list reckons with.
  label: {
    minWidth: 0,
    padding: '2px 6px',
    borderRadius: 4,
    cursor: 'pointer',
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    fontSize: '0.85rem',
    '&:focus': { boxShadow: `0 0 0 2px ${theme.palette.primary.main}` },
  },
}));

/**
 * Props of {@link CalendarAgenda}.
 *
 * @internal
 */
export interface CalendarAgendaProps {
  events: CalendarEvent[];
  /** The first day listed, `yyyy-MM-dd` in `zone`. */
  date: string;
  zone: string;
  onOpen(event: CalendarEvent): void;
}

/**
 * The agenda view of the calendar: the days of the period that have events, each with its
 * events in order of start, times in the zone shown with the zone named, coloured and
 * outlined as in the other views.
 *
 * It is a virtual list: a busy month has thousands of rows, and only those on screen (and
 * a few around them) are in the page, so it shows at once. Every event stays reachable: by
 * scrolling, and by keyboard. The agenda is one stop in the tab order; from an event, Tab
 * and Shift+Tab, the arrow keys, Page Up and Page Down, Home and End move to other events
 * (Tab leaves the agenda after its last event), and Enter or Space opens it, as a click does.
 * The heading of the day at the top stays in view.
 *
 * @internal
 */
export function CalendarAgenda(props: CalendarAgendaProps) {
  const { events, date, zone, onOpen } = props;
  const classes = useStyles();
  const rows = useMemo(
    () => agendaRows(events, date, zone),
    [events, date, zone],
  );
  const eventIndexes = useMemo(
    () => rows.flatMap((row, i) => (row.kind === 'event' ? [i] : [])),
    [rows],
  );
  const dayIndexes = useMemo(
    () => rows.flatMap((row, i) => (row.kind === 'day' ? [i] : [])),
    [rows],
  );
  const eventCount = useMemo(
    () =>
      new Set(eventIndexes.map(i => (rows[i] as AgendaEventRow).event.id)).size,
    [rows, eventIndexes],
  );

  // The position (among the event rows) of the event that takes the agenda's tab stop.
  const [active, setActive] = useState(0);
  const activeRow = eventIndexes[Math.min(active, eventIndexes.length - 1)];
  useEffect(() => setActive(0), [rows]);

  const scroller = useRef<HTMLDivElement>(null);
  const stickyDay = useRef<number>();
  const rangeExtractor = useCallback(
    (range: Range) => {
      // The heading of the day at the top, and the event with the tab stop, stay drawn:
      // the heading to stay in view, the event so that focus is not lost when it scrolls
      // away.
      stickyDay.current = [...dayIndexes]
        .reverse()
        .find(i => i <= range.startIndex);
      const drawn = new Set(defaultRangeExtractor(range));
      if (stickyDay.current !== undefined) drawn.add(stickyDay.current);
      if (activeRow !== undefined) drawn.add(activeRow);
      return [...drawn].sort((a, b) => a - b);
    },
    [dayIndexes, activeRow],
  );
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: i => (rows[i].kind === 'day' ? DAY_ROW : EVENT_ROW),
    overscan: OVERSCAN,
    rangeExtractor,
    // Rows scrolled to are not hidden under the day's heading.
    scrollPaddingStart: DAY_ROW,
    // The agenda's height is fixed by its style: measuring it would make the browser lay
    // the whole page out while it is being built (and there is no layout in jsdom).
    initialRect: { width: 0, height: HEIGHT },
    observeElementRect: (_, onRect) => onRect({ width: 0, height: HEIGHT }),
    // For the same reason, no scroll to where the agenda already is (the library restates
    // the initial offset when it starts).
    scrollToFn: (offset, options, instance) => {
      const at = instance.scrollOffset ?? 0;
      if (offset + (options.adjustments ?? 0) === at) return;
      elementScroll(offset, options, instance);
    },
  });

  // Focus follows the keyboard once the row it moves to is drawn.
  const focusRow = useRef<number>();
  useLayoutEffect(() => {
    if (focusRow.current === undefined) return;
    const target = scroller.current?.querySelector<HTMLElement>(
      `[data-index="${focusRow.current}"] [role="button"]`,
    );
    if (target) {
      focusRow.current = undefined;
      target.focus();
    }
  });

  const moveTo = (position: number) => {
    const next = Math.max(0, Math.min(position, eventIndexes.length - 1));
    setActive(next);
    focusRow.current = eventIndexes[next];
    virtualizer.scrollToIndex(eventIndexes[next], { align: 'auto' });
  };

  const onKeyDown =
    (position: number, event: CalendarEvent) => (e: KeyboardEvent) => {
      const last = eventIndexes.length - 1;
      let to: number | undefined;
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        onOpen(event);
        return;
      }
      if (e.key === 'ArrowDown') to = position + 1;
      else if (e.key === 'ArrowUp') to = position - 1;
      else if (e.key === 'PageDown') to = position + PAGE;
      else if (e.key === 'PageUp') to = position - PAGE;
      else if (e.key === 'Home') to = 0;
      else if (e.key === 'End') to = last;
      else if (e.key === 'Tab') {
        // Tab goes on to the next event; past the last (or before the first), it leaves.
        const next = position + (e.shiftKey ? -1 : 1);
        if (next >= 0 && next <= last) to = next;
      }
      if (to === undefined) return;
      e.preventDefault();
      moveTo(to);
    };

  const positions = useMemo(
    () => new Map(eventIndexes.map((row, position) => [row, position])),
    [eventIndexes],
  );
  const items = virtualizer.getVirtualItems();

  // The page says why there is nothing to list.
  if (rows.length === 0) return null;

  return (
    <div
      ref={scroller}
      className={classes.scroller}
      data-event-count={eventCount}
    >
      <div
        role="list"
        aria-label={`Agenda: ${eventCount} events, times in ${zone}`}
        className={classes.list}
        style={{ height: virtualizer.getTotalSize() }}
      >
        {items.map(item => {
          const row = rows[item.index];
          const sticky = item.index === stickyDay.current;
          const place: CSSProperties = sticky
            ? { position: 'sticky', height: item.size }
            : {
                position: 'absolute',
                height: item.size,
                transform: `translateY(${item.start}px)`,
              };
          const common = {
            role: 'listitem',
            'data-index': item.index,
            'aria-setsize': rows.length,
            'aria-posinset': item.index + 1,
            style: place,
          };
          if (row.kind === 'day') {
            return (
              <div
                key={item.key}
                {...common}
                className={`${classes.row} ${classes.day}`}
              >
                <Typography component="h3" variant="subtitle2">
                  {`${row.label} · ${row.count} ${
                    row.count === 1 ? 'event' : 'events'
                  }`}
                </Typography>
              </div>
            );
          }
          const position = positions.get(item.index)!;
          const description = eventDescription(row.event);
          return (
            <div key={item.key} {...common} className={classes.row}>
              <Typography variant="body2" className={classes.time}>
                {agendaTimeLabel(row, zone)}
              </Typography>
              <span
                role="button"
                tabIndex={item.index === activeRow ? 0 : -1}
                aria-label={description}
                title={description}
                className={classes.label}
                style={eventStyle(row.event)}
                onClick={() => {
                  setActive(position);
                  onOpen(row.event);
                }}
                onKeyDown={onKeyDown(position, row.event)}
              >
                {eventLabel(row.event)}
              </span>
            </div>
          );
        })}
      </div>
    </div>
  );
}
