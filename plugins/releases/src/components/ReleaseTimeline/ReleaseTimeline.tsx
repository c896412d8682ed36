import { makeStyles } from '@material-ui/core/styles';
import { CalendarEvent } from '@stagegate/plugin-releases-common';
import { KeyboardEvent, MouseEvent, useEffect, useMemo, useRef } from 'react';
import { Timeline } from 'vis-timeline/standalone';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import {
  CATEGORY_COLORS,
  CONFLICT_OUTLINE,
  OVERDUE_BAR,
  TimelineGrouping,
  WINDOW_BACKGROUNDS,
  toWallClock,
} from '../../calendar';
import { TimelineBar, timelineData } from './timelineData';

const filled = (color: string) => ({
  background: color,
  borderColor: color,
  color: '#ffffff',
});

const useStyles = makeStyles(theme => ({
  root: {
    '& .vis-timeline': { fontFamily: theme.typography.fontFamily },
    '& .vis-item.sg-event': { ...filled(CATEGORY_COLORS.scheduled) },
    '& .vis-item.sg-unscheduled': { ...filled(CATEGORY_COLORS.unscheduled) },
    '& .vis-item.sg-emergency': { ...filled(CATEGORY_COLORS.emergency) },
    '& .vis-item.sg-change': { ...filled(CATEGORY_COLORS.change) },
    ...Object.fromEntries(
      ['planning', 'build', 'test', 'readiness', 'on_hold', 'planned'].map(
        status => [
          `& .vis-item.sg-status-${status}`,
          { background: '#ffffff', color: '#212121', borderStyle: 'dashed' },
        ],
      ),
    ),
    ...Object.fromEntries(
      ['cancelled', 'failed', 'backed_out'].map(status => [
        `& .vis-item.sg-status-${status}`,
        { textDecoration: 'line-through', opacity: 0.6 },
      ]),
    ),
    '& .vis-item.sg-conflict': {
      outline: `3px solid ${CONFLICT_OUTLINE}`,
      outlineOffset: -1,
    },
    '& .vis-item.sg-overdue': {
      boxShadow: `inset 6px 0 0 ${OVERDUE_BAR}`,
    },
    '& .vis-item.vis-background.sg-window-blackout': {
      background: WINDOW_BACKGROUNDS.blackout,
    },
    '& .vis-item.vis-background.sg-window-maintenance': {
      background: WINDOW_BACKGROUNDS.maintenance,
    },
    '& .sg-bar:focus': {
      outline: `2px solid ${theme.palette.primary.main}`,
    },
  },
}));

/**
 * Props of {@link ReleaseTimeline}.
 *
 * @internal
 */
export interface ReleaseTimelineProps {
  events: CalendarEvent[];
  grouping: TimelineGrouping;
  zone: string;
  /** The period the events were loaded for; the timeline does not scroll beyond it. */
  from: string;
  to: string;
  onOpen(event: CalendarEvent): void;
}

function barElement(bar: TimelineBar): HTMLElement {
  const element = document.createElement('span');
  element.className = 'sg-bar';
  element.textContent = bar.label;
  if (bar.type === 'range') {
    element.tabIndex = 0;
    element.setAttribute('role', 'button');
    element.setAttribute('aria-label', bar.description);
    element.dataset.eventId = bar.eventId;
  }
  return element;
}

/**
 * The calendar as a timeline with vis-timeline: one row per system or per CI, each release
 * slot or change a bar coloured like on the calendar, change windows shaded behind every
 * row. Bars are buttons: click, Enter or Space opens the event.
 *
 * @internal
 */
export function ReleaseTimeline(props: ReleaseTimelineProps) {
  const { events, grouping, zone, from, to, onOpen } = props;
  const classes = useStyles();
  const container = useRef<HTMLDivElement>(null);
  const { rows, bars } = useMemo(
    () => timelineData(events, grouping, zone),
    [events, grouping, zone],
  );
  const byId = useMemo(
    () => new Map(events.map(event => [event.id, event])),
    [events],
  );

  useEffect(() => {
    if (!container.current) return undefined;
    const barsById = new Map(bars.map(bar => [bar.id, bar]));
    const start = toWallClock(from, zone);
    const end = toWallClock(to, zone);
    const timeline = new Timeline(
      container.current,
      bars.map(bar => ({
        id: bar.id,
        group: bar.group,
        start: bar.start,
        end: bar.end,
        type: bar.type,
        className: bar.className,
        title: bar.description.replace(/[&<>"]/g, ''),
        content: bar.label,
      })),
      rows,
      {
        start,
        end,
        min: start,
        max: end,
        stack: true,
        selectable: false,
        orientation: 'top',
        zoomKey: 'ctrlKey',
        margin: { item: 4 },
        template: (item: { id: string }) => barElement(barsById.get(item.id)!),
      },
    );
    return () => timeline.destroy();
  }, [rows, bars, from, to, zone]);

  const open = (target: EventTarget) => {
    const element = (target as HTMLElement).closest?.('[data-event-id]');
    const event = element
      ? byId.get((element as HTMLElement).dataset.eventId!)
      : undefined;
    if (event) onOpen(event);
  };

  return (
    // Clicks and keys on the bars bubble here; each bar is a focusable button.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <div
      className={classes.root}
      ref={container}
      onClick={(e: MouseEvent) => open(e.target)}
      onKeyDown={(e: KeyboardEvent) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          open(e.target);
        }
      }}
      aria-label={`Timeline by ${grouping === 'ci' ? 'CI' : 'system'}`}
      role="region"
    />
  );
}
