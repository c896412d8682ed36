import {
  CalendarConflict,
  CalendarEvent,
} from '@stagegate/plugin-releases-common';

/** The marker of an event with scheduling conflicts, at the start of its summary. */
export const CONFLICT_MARK = '⚠';

const CONFIRMED_RELEASE_STATUSES = new Set([
  'approved',
  'deploying',
  'deployed',
  'review',
  'closed',
  'failed',
  'backed_out',
]);

/**
 * The conflicts an event has, and those it is the other party of.
 *
 * @internal
 */
export type EventConflicts = {
  own: CalendarConflict[];
  against: CalendarConflict[];
};

/**
 * Groups a calendar's conflicts by the events that have them or are their other party.
 *
 * @internal
 */
export function conflictsByEvent(
  conflicts: CalendarConflict[],
): (event: CalendarEvent) => EventConflicts {
  const own = new Map<string, CalendarConflict[]>();
  const against = new Map<string, CalendarConflict[]>();
  const add = (map: typeof own, key: string, conflict: CalendarConflict) => {
    const forKey = map.get(key) ?? [];
    forKey.push(conflict);
    map.set(key, forKey);
  };
  for (const conflict of conflicts) {
    add(own, conflict.eventId, conflict);
    if (conflict.otherEventId) add(against, conflict.otherEventId, conflict);
  }
  return event => ({
    own: own.get(event.id) ?? [],
    against: against.get(event.id) ?? [],
  });
}

/**
 * Whether an event is shown as conflicting: a release or change with conflicts of its own or
 * that another item conflicts with. A window is the other party of every conflict in it, so
 * it is not marked; its description lists them.
 *
 * @internal
 */
export function isConflicting(
  event: CalendarEvent,
  conflicts: EventConflicts,
): boolean {
  if (event.kind === 'window') return conflicts.own.length > 0;
  return (
    conflicts.own.length > 0 ||
    conflicts.against.length > 0 ||
    event.conflictKeys.length > 0
  );
}

/** A release's title with its key first (the calendar's titles usually carry it already). */
function releaseTitle(event: CalendarEvent): string {
  const key = event.releaseKey;
  return key && !event.title.startsWith(key)
    ? `${key} ${event.title}`
    : event.title;
}

function windowLabel(event: CalendarEvent): string {
  if (event.windowType === 'blackout') return 'Freeze';
  if (event.windowType === 'maintenance') return 'Maintenance window';
  return 'Change window';
}

/**
 * The SUMMARY of an event: what it is at a glance, with the conflict marker first.
 *
 * @internal
 */
export function eventSummary(
  event: CalendarEvent,
  conflicting: boolean,
): string {
  const mark = conflicting ? `${CONFLICT_MARK} ` : '';
  const where = event.environment ? ` [${event.environment}]` : '';
  switch (event.kind) {
    case 'release':
      return `${mark}${releaseTitle(event)}${where}`;
    case 'change':
      return `${mark}Change: ${event.title}${where}`;
    default:
      return `${mark}${windowLabel(event)}: ${event.title}`;
  }
}

function conflictLine(conflict: CalendarConflict): string {
  return `- [${conflict.severity}, ${conflict.enforcement}] ${conflict.message}`;
}

function line(label: string, value: string | undefined): string[] {
  return value ? [`${label}: ${value}`] : [];
}

function list(label: string, values: string[] | undefined): string[] {
  return values && values.length > 0 ? [`${label}: ${values.join(', ')}`] : [];
}

/**
 * The DESCRIPTION of an event, in plain text: its key facts, every conflict with its
 * message, and a link to it in the portal.
 *
 * @internal
 */
export function eventDescription(
  event: CalendarEvent,
  conflicts: EventConflicts,
  url?: string,
): string {
  const lines: string[] = [];
  if (event.kind === 'release') {
    lines.push(`Release: ${releaseTitle(event)}`);
  } else if (event.kind === 'change') {
    lines.push(`Change: ${event.title}`);
  } else {
    lines.push(`${windowLabel(event)}: ${event.title}`);
    lines.push(...line('Enforcement', event.enforcement));
    lines.push(...line('Time zone', event.timezone));
    lines.push(...list('Environments', event.environments ?? ['all']));
  }
  lines.push(...line('Status', event.status?.replace(/_/g, ' ')));
  lines.push(...line('Category', event.category));
  lines.push(...line('Unit type', event.unitType));
  lines.push(...line('Environment', event.environment));
  lines.push(...list('CIs', event.entityRefs));
  lines.push(...list('Systems', event.systems));
  lines.push(...line('Owner', event.owner));
  if (conflicts.own.length > 0) {
    lines.push('', `${CONFLICT_MARK} Conflicts (${conflicts.own.length}):`);
    lines.push(...conflicts.own.map(conflictLine));
  }
  if (conflicts.against.length > 0) {
    const heading =
      event.kind === 'window'
        ? `Scheduled items in conflict with this window (${conflicts.against.length}):`
        : `${CONFLICT_MARK} Other items in conflict with this one (${conflicts.against.length}):`;
    lines.push('', heading);
    lines.push(...conflicts.against.map(conflictLine));
  }
  if (
    event.kind !== 'window' &&
    conflicts.own.length === 0 &&
    conflicts.against.length === 0 &&
    event.conflictKeys.length > 0
  ) {
    lines.push('', `${CONFLICT_MARK} Has scheduling conflicts`);
  }
  if (url) lines.push('', url);
  return lines.join('\n');
}

/**
 * The CATEGORIES of an event: its kind, category, environment, window type, and
 * "Conflict" when it is shown as conflicting.
 *
 * @internal
 */
export function eventCategories(
  event: CalendarEvent,
  conflicting: boolean,
): string[] {
  const kinds = { release: 'Release', change: 'Change' } as const;
  const kind = event.kind === 'window' ? windowLabel(event) : kinds[event.kind];
  const categories = [kind];
  if (event.category) categories.push(event.category);
  if (event.environment) categories.push(event.environment);
  if (conflicting) categories.push('Conflict');
  return categories;
}

/**
 * The VEVENT STATUS: windows, releases from approval on, and changes under way or done are
 * CONFIRMED; cancelled items are CANCELLED; everything else is TENTATIVE.
 *
 * @internal
 */
export function eventStatus(
  event: CalendarEvent,
): 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED' {
  if (event.kind === 'window') return 'CONFIRMED';
  if (event.status === 'cancelled') return 'CANCELLED';
  if (event.kind === 'change') {
    return event.status === 'planned' ? 'TENTATIVE' : 'CONFIRMED';
  }
  return event.status && CONFIRMED_RELEASE_STATUSES.has(event.status)
    ? 'CONFIRMED'
    : 'TENTATIVE';
}

/**
 * Where an event is shown in the portal: a release on its primary CI's Releases tab, a
 * catalog window on its entity page, anything else on the release calendar.
 *
 * @internal
 */
export function eventUrl(
  event: CalendarEvent,
  appBaseUrl: string | undefined,
): string | undefined {
  if (!appBaseUrl) return undefined;
  const base = appBaseUrl.replace(/\/+$/, '');
  const entityPath = (ref: string) => {
    const match = /^([^:]+):([^/]+)\/(.+)$/.exec(ref);
    return match
      ? `${base}/catalog/${[match[2], match[1], match[3]]
          .map(encodeURIComponent)
          .join('/')}`
      : undefined;
  };
  if (event.kind === 'release' && event.entityRefs[0]) {
    const page = entityPath(event.entityRefs[0]);
    if (page) return `${page}/releases`;
  }
  if (event.kind === 'window' && event.windowSource === 'catalog') {
    const page = event.windowId ? entityPath(event.windowId) : undefined;
    if (page) return page;
  }
  return `${base}/releases`;
}
