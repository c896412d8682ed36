import {
  CalendarEvent,
  CalendarQuery,
  CalendarResponse,
  MAX_CALENDAR_EVENTS,
} from './calendar';
import { placeConflicts, redactUnreadableParties } from './calendarConflicts';
import {
  changeEvent,
  itemEventMatches,
  releaseEvents,
  windowEvents,
  windowMatches,
} from './calendarEvents';
import { Change } from './change';
import { WindowSource } from './ciWindows';
import { Conflict, ConflictCi } from './conflicts';
import { Release } from './release';

/**
 * What the master release calendar is built from.
 *
 * @public
 */
export type CalendarInputs = {
  query: CalendarQuery;
  period: { from: string; to: string };
  /** The releases with a slot in the period that the reader may read. */
  releases: readonly Release[];
  /** The changes with a slot in the period. */
  changes: readonly Change[];
  /** Every change window, from the catalog and the API. */
  windows: readonly WindowSource[];
  /** The conflicts of every item of the period's schedule, readable or not. */
  conflicts: readonly Conflict[];
  /** CI attributes by entity ref, for the system filter and window scopes. */
  cis: ReadonlyMap<string, ConflictCi>;
};

const byStart = (a: CalendarEvent, b: CalendarEvent) =>
  a.start.localeCompare(b.start) || a.id.localeCompare(b.id);

/**
 * Builds the master release calendar of a period: the events that pass the filters, sorted
 * by start, and the conflicts among them, with the titles of releases the reader may not
 * read taken out. With `conflictsOnly`, only events that take part in a conflict remain.
 *
 * @public
 */
export function buildCalendar(inputs: CalendarInputs): CalendarResponse {
  const { query, period, cis } = inputs;
  const events = [
    ...inputs.releases.flatMap(release => releaseEvents(release, period, cis)),
    ...inputs.changes.map(change => changeEvent(change, cis)),
  ].filter(event => itemEventMatches(event, query));
  for (const window of inputs.windows) {
    if (windowMatches(window, query, cis)) {
      events.push(...windowEvents(window, period));
    }
  }
  const readable = new Set(inputs.releases.map(release => release.id));
  const conflicts = placeConflicts(
    events,
    redactUnreadableParties(inputs.conflicts, id => readable.has(id)),
  );
  const shown = (
    query.conflictsOnly
      ? events.filter(event => event.conflictKeys.length > 0)
      : events
  ).sort(byStart);
  const kept = shown.slice(0, MAX_CALENDAR_EVENTS);
  const keptIds = new Set(kept.map(event => event.id));
  return {
    from: period.from,
    to: period.to,
    events: kept,
    conflicts: conflicts.filter(conflict => keptIds.has(conflict.eventId)),
    truncated: kept.length < shown.length,
  };
}
