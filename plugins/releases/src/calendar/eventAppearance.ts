import {
  CalendarEvent,
  ReleaseCategory,
} from '@stagegate/plugin-releases-common';

/**
 * How far along a release or change is, for its look on the calendar: tentative (not yet
 * approved), committed (approved or deploying), done, or stopped.
 *
 * @internal
 */
export type EventStage = 'tentative' | 'committed' | 'done' | 'stopped';

const STAGES: Record<string, EventStage> = {
  planning: 'tentative',
  build: 'tentative',
  test: 'tentative',
  readiness: 'tentative',
  on_hold: 'tentative',
  approved: 'committed',
  deploying: 'committed',
  deployed: 'done',
  review: 'done',
  closed: 'done',
  cancelled: 'stopped',
  failed: 'stopped',
  backed_out: 'stopped',
};

/**
 * The colour of each release category and of changes; emergencies stand out in red.
 *
 * @internal
 */
export const CATEGORY_COLORS: Record<ReleaseCategory | 'change', string> = {
  scheduled: '#1565c0',
  unscheduled: '#6a1b9a',
  emergency: '#c62828',
  change: '#00695c',
};

/**
 * The shading of change windows: blackouts hatched dark, maintenance windows green.
 *
 * @internal
 */
export const WINDOW_BACKGROUNDS = {
  blackout:
    'repeating-linear-gradient(135deg, rgba(66,66,66,0.55) 0 6px, rgba(66,66,66,0.25) 6px 12px)',
  maintenance: 'rgba(46,125,50,0.22)',
} as const;

/** The outline of an event that has a conflict. */
export const CONFLICT_OUTLINE = '#d50000';

/**
 * The bar on the left of a release that is over its stage's time limit.
 *
 * @internal
 */
export const OVERDUE_BAR = '#ef6c00';

/**
 * The mark in the label of a release that is over its stage's time limit.
 *
 * @internal
 */
export const OVERDUE_MARK = '⏰';

/**
 * The stage of an event's status; changes and releases without a status count as
 * tentative.
 *
 * @internal
 */
export function eventStage(status?: string): EventStage {
  return (status && STAGES[status]) || 'tentative';
}

/**
 * The inline style of an event on the calendar: the category's colour, filled once the
 * event is committed, outlined (dashed) while tentative, faded once done, struck through
 * when stopped, a thick red outline when it has conflicts, and a thick orange bar on its left
 * when it is over its stage's time limit. Windows are shaded.
 *
 * @internal
 */
export function eventStyle(event: CalendarEvent): React.CSSProperties {
  if (event.kind === 'window') {
    return {
      background: WINDOW_BACKGROUNDS[event.windowType ?? 'blackout'],
      color: '#212121',
      border: `1px solid ${
        event.windowType === 'maintenance' ? '#2e7d32' : '#424242'
      }`,
    };
  }
  const color =
    event.kind === 'change'
      ? CATEGORY_COLORS.change
      : CATEGORY_COLORS[event.category ?? 'scheduled'];
  const stage = eventStage(event.status);
  const style: React.CSSProperties =
    stage === 'tentative'
      ? {
          background: '#ffffff',
          color,
          border: `2px dashed ${color}`,
        }
      : {
          background: color,
          color: '#ffffff',
          border: `2px solid ${color}`,
        };
  if (stage === 'done') style.opacity = 0.7;
  if (stage === 'stopped') {
    style.textDecoration = 'line-through';
    style.opacity = 0.6;
  }
  if (event.conflictKeys.length > 0) {
    style.outline = `3px solid ${CONFLICT_OUTLINE}`;
    style.outlineOffset = '-1px';
  }
  if (event.overdue) {
    style.boxShadow = `inset 6px 0 0 ${OVERDUE_BAR}`;
    style.paddingLeft = 8;
  }
  return style;
}

/**
 * The words for an event, for its label and for assistive technology: what it is, where,
 * and marks for conflicts (⚠) and for being over its stage's time limit (⏰).
 *
 * @internal
 */
export function eventLabel(event: CalendarEvent): string {
  const conflicts = event.conflictKeys.length;
  const mark = `${conflicts > 0 ? '⚠ ' : ''}${
    event.overdue ? `${OVERDUE_MARK} ` : ''
  }`;
  if (event.kind === 'window') {
    const type =
      event.windowType === 'maintenance' ? 'Maintenance' : 'Blackout';
    return `${mark}${type}: ${event.title}`;
  }
  const key = event.releaseKey ? `${event.releaseKey} ` : '';
  const where = event.environment ? ` (${event.environment})` : '';
  return `${mark}${key}${eventTitle(event)}${where}`;
}

/**
 * The title of an event without its release key, which the backend may put in front.
 *
 * @internal
 */
export function eventTitle(event: CalendarEvent): string {
  const key = event.releaseKey;
  return key && event.title.startsWith(`${key} `)
    ? event.title.slice(key.length + 1)
    : event.title;
}

/**
 * A sentence describing an event, for tooltips and screen readers.
 *
 * @internal
 */
export function eventDescription(event: CalendarEvent): string {
  const parts = [
    eventLabel(event).replace(new RegExp(`^(⚠ )?(${OVERDUE_MARK} )?`), ''),
  ];
  if (event.kind === 'release') {
    parts.push(`${event.category ?? 'scheduled'} release`);
  } else if (event.kind === 'change') {
    parts.push('change');
  } else {
    parts.push(`${event.enforcement ?? 'block'} enforcement`);
  }
  if (event.status) parts.push(`status ${event.status.replace('_', ' ')}`);
  const conflicts = event.conflictKeys.length;
  if (conflicts > 0) {
    parts.push(`${conflicts} conflict${conflicts === 1 ? '' : 's'}`);
  }
  if (event.overdue) parts.push('overdue in its stage');
  return parts.join(', ');
}
