import { CalendarConflict, CalendarEvent } from './calendar';
import { changeEventId, releaseEventId } from './calendarEvents';
import { Conflict, ConflictParty } from './conflicts';

/**
 * The title a release gets in a conflict when the reader may not read it.
 *
 * @public
 */
export const HIDDEN_RELEASE_TITLE = 'a release you may not read';

/**
 * A conflict whose other party is a release the reader may not read: its title is replaced,
 * in the party and in the message, so that only the fact of the collision shows.
 *
 * @public
 */
export function redactConflictParty(conflict: Conflict): Conflict {
  const other: ConflictParty = {
    ...conflict.other,
    title: HIDDEN_RELEASE_TITLE,
  };
  return {
    ...conflict,
    other,
    message: conflict.message
      .split(`"${conflict.other.title}"`)
      .join(`"${HIDDEN_RELEASE_TITLE}"`),
  };
}

/**
 * Redacts the conflicts whose other party is a release not in `readable`.
 *
 * @public
 */
export function redactUnreadableParties(
  conflicts: readonly Conflict[],
  readable: (releaseId: string) => boolean,
): Conflict[] {
  return conflicts.map(conflict =>
    conflict.other.kind === 'release' && !readable(conflict.other.id)
      ? redactConflictParty(conflict)
      : conflict,
  );
}

function overlapsInterval(event: CalendarEvent, conflict: Conflict) {
  return (
    Date.parse(event.start) < Date.parse(conflict.interval.end) &&
    Date.parse(event.end) > Date.parse(conflict.interval.start)
  );
}

/** Finds events by id, and a window's occurrences by window id. */
class EventLookup {
  private readonly byId = new Map<string, CalendarEvent>();
  private readonly byWindow = new Map<string, CalendarEvent[]>();

  constructor(events: readonly CalendarEvent[]) {
    for (const event of events) {
      this.byId.set(event.id, event);
      if (event.windowId) {
        const list = this.byWindow.get(event.windowId) ?? [];
        list.push(event);
        this.byWindow.set(event.windowId, list);
      }
    }
  }

  /** The event of the item that has the conflict: a release slot or a change. */
  itemEvent(conflict: Conflict): CalendarEvent | undefined {
    return (
      this.byId.get(releaseEventId(conflict.itemId, conflict.environment)) ??
      this.byId.get(changeEventId(conflict.itemId))
    );
  }

  /** The event of the other party, when it is on the calendar. */
  otherEvent(conflict: Conflict): CalendarEvent | undefined {
    const { other } = conflict;
    if (other.kind === 'release') {
      return this.byId.get(releaseEventId(other.id, conflict.environment));
    }
    if (other.kind === 'change') return this.byId.get(changeEventId(other.id));
    return this.byWindow
      .get(other.id)
      ?.find(event => overlapsInterval(event, conflict));
  }
}

/**
 * Puts conflicts on the calendar: each conflict of an event that is shown gets a key, and
 * both its event and the other party's event list that key. Conflicts of items that are not
 * shown are left out.
 *
 * @param events - The calendar's events; their `conflictKeys` are filled in.
 * @param conflicts - The conflicts of every item, as the engine reports them.
 * @public
 */
export function placeConflicts(
  events: readonly CalendarEvent[],
  conflicts: readonly Conflict[],
): CalendarConflict[] {
  const lookup = new EventLookup(events);
  const placed: CalendarConflict[] = [];
  const seen = new Set<string>();
  for (const conflict of conflicts) {
    const event = lookup.itemEvent(conflict);
    if (!event) continue;
    const key = `${event.id}#${conflict.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const other = lookup.otherEvent(conflict);
    event.conflictKeys.push(key);
    if (other && !other.conflictKeys.includes(key))
      other.conflictKeys.push(key);
    placed.push({
      ...conflict,
      key,
      eventId: event.id,
      ...(other ? { otherEventId: other.id } : {}),
    });
  }
  return placed;
}
