import { CalendarEvent } from '@stagegate/plugin-releases-common';
import {
  TimelineGrouping,
  eventDescription,
  eventLabel,
  toWallClock,
} from '../../calendar';

/** The row of events that touch no system or CI. */
export const UNASSIGNED_GROUP = '(none)';

/**
 * One row of the timeline.
 *
 * @internal
 */
export interface TimelineRow {
  id: string;
  content: string;
}

/**
 * One bar (or, for a window, one shaded background) on the timeline. Times are wall clock
 * dates in the zone shown (see `toWallClock`).
 *
 * @internal
 */
export interface TimelineBar {
  /** Unique per row: an event on two rows has two bars. */
  id: string;
  eventId: string;
  group?: string;
  start: Date;
  end: Date;
  /** The label, plain text. */
  label: string;
  /** A plain text description, for the tooltip and for assistive technology. */
  description: string;
  type: 'range' | 'background';
  className: string;
}

const rowKeys = (event: CalendarEvent, grouping: TimelineGrouping) => {
  const keys = grouping === 'system' ? event.systems : event.entityRefs;
  return keys.length > 0 ? [...new Set(keys)] : [UNASSIGNED_GROUP];
};

/**
 * The short name of a system or CI: `component:default/payments-api` is `payments-api`,
 * and refs outside the default namespace keep it.
 */
function rowName(key: string): string {
  const match = /^[^:]+:(?:default\/)?(.+)$/.exec(key);
  return match ? match[1] : key;
}

/**
 * The class names of a bar, which the timeline's styles colour: kind, category, stage,
 * window type, conflict and being over the stage's time limit.
 *
 * @internal
 */
export function barClassName(event: CalendarEvent): string {
  if (event.kind === 'window') {
    return `sg-window sg-window-${event.windowType ?? 'blackout'}`;
  }
  const names = [
    `sg-event`,
    event.kind === 'change'
      ? 'sg-change'
      : `sg-${event.category ?? 'scheduled'}`,
    `sg-status-${event.status ?? 'planned'}`,
  ];
  if (event.conflictKeys.length > 0) names.push('sg-conflict');
  if (event.overdue) names.push('sg-overdue');
  return names.join(' ');
}

/**
 * The rows and bars of the timeline: one row per system (or per CI), sorted by name; an
 * event on several rows appears on each; windows shade every row.
 *
 * @internal
 */
export function timelineData(
  events: CalendarEvent[],
  grouping: TimelineGrouping,
  zone: string,
): { rows: TimelineRow[]; bars: TimelineBar[] } {
  const rows = new Map<string, TimelineRow>();
  const bars: TimelineBar[] = [];
  for (const event of events) {
    const base = {
      eventId: event.id,
      start: toWallClock(event.start, zone),
      end: toWallClock(event.end, zone),
      label: eventLabel(event),
      description: eventDescription(event),
      className: barClassName(event),
    };
    if (event.kind === 'window') {
      bars.push({ ...base, id: event.id, type: 'background' });
      continue;
    }
    for (const key of rowKeys(event, grouping)) {
      if (!rows.has(key)) {
        rows.set(key, { id: key, content: rowName(key) });
      }
      bars.push({
        ...base,
        id: `${event.id}@${key}`,
        group: key,
        type: 'range',
      });
    }
  }
  const sorted = [...rows.values()].sort((a, b) =>
    a.content.localeCompare(b.content, 'en-US'),
  );
  return { rows: sorted, bars };
}
