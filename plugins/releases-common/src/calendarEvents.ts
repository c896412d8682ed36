import { CalendarEvent, CalendarQuery } from './calendar';
import { Change } from './change';
import { ConflictCi } from './conflicts';
import { Release } from './release';
import { WindowSource } from './ciWindows';
import { windowOccurrencesBetween } from './windowOccurrences';
import { windowAppliesToCi } from './windowScope';
import { toEntityRef } from './entityRefs';

/**
 * The most occurrences of one window the calendar shows in one period, so that a rule that
 * recurs every minute cannot flood the answer.
 *
 * @public
 */
export const MAX_CALENDAR_OCCURRENCES_PER_WINDOW = 1000;

/** One spelling of an instant, so events sort and compare the same whatever made them. */
const utc = (iso: string) => new Date(iso).toISOString();

/**
 * The id of a release slot's calendar event.
 *
 * @public
 */
export const releaseEventId = (releaseId: string, environment: string) =>
  `release:${releaseId}:${environment}`;

/**
 * The id of a change's calendar event.
 *
 * @public
 */
export const changeEventId = (changeId: string) => `change:${changeId}`;

/**
 * The id of a window occurrence's calendar event.
 *
 * @public
 */
export const windowEventId = (windowId: string, occurrenceStart: string) =>
  `window:${windowId}:${occurrenceStart}`;

/** The systems of some CIs, each once, sorted. */
export function systemsOf(
  entityRefs: readonly string[],
  cis: ReadonlyMap<string, ConflictCi>,
): string[] {
  const systems = new Set<string>();
  for (const ref of entityRefs) {
    const system = cis.get(ref)?.system;
    if (system) systems.add(system);
  }
  return [...systems].sort();
}

/**
 * The calendar events of a release: one per slot overlapping `[from, to)`.
 *
 * @public
 */
export function releaseEvents(
  release: Release,
  period: { from: string; to: string },
  cis: ReadonlyMap<string, ConflictCi>,
): CalendarEvent[] {
  const systems = systemsOf(release.entityRefs, cis);
  return release.schedule
    .filter(slot => overlaps(slot, period))
    .map(slot => ({
      id: releaseEventId(release.id, slot.environment),
      kind: 'release',
      title: `${release.key} ${release.title}`,
      start: utc(slot.start),
      end: utc(slot.end),
      environment: slot.environment,
      entityRefs: release.entityRefs,
      systems,
      owner: release.owner,
      category: release.category,
      status: release.status,
      unitType: release.unitType,
      releaseId: release.id,
      releaseKey: release.key,
      ...(release.overdue ? { overdue: true } : {}),
      conflictKeys: [],
    }));
}

/**
 * The calendar event of a change that is not a release.
 *
 * @public
 */
export function changeEvent(
  change: Change,
  cis: ReadonlyMap<string, ConflictCi>,
): CalendarEvent {
  return {
    id: changeEventId(change.id),
    kind: 'change',
    title: change.title,
    start: utc(change.start),
    end: utc(change.end),
    environment: change.environment,
    entityRefs: change.entityRefs,
    systems: systemsOf(change.entityRefs, cis),
    owner: change.owner,
    category: change.category,
    status: change.status,
    changeId: change.id,
    conflictKeys: [],
  };
}

/**
 * The calendar events of a change window: its occurrences overlapping `[from, to)`,
 * expanded in its own zone, at most {@link MAX_CALENDAR_OCCURRENCES_PER_WINDOW}.
 *
 * @public
 */
export function windowEvents(
  window: WindowSource,
  period: { from: string; to: string },
): CalendarEvent[] {
  const { spec } = window;
  return windowOccurrencesBetween(spec, period.from, period.to, {
    maxCount: MAX_CALENDAR_OCCURRENCES_PER_WINDOW,
  }).map(occurrence => ({
    id: windowEventId(window.id, utc(occurrence.start)),
    kind: 'window',
    title: window.title,
    start: utc(occurrence.start),
    end: utc(occurrence.end),
    environments: spec.scope?.environments,
    entityRefs: [],
    systems: (spec.scope?.systems ?? []).map(
      system => toEntityRef(system, 'system') ?? system,
    ),
    owner: spec.owner,
    windowId: window.id,
    windowSource: window.source,
    windowType: spec.type,
    enforcement: spec.enforcement,
    timezone: spec.timezone,
    conflictKeys: [],
  }));
}

function overlaps(
  interval: { start: string; end: string },
  period: { from: string; to: string },
): boolean {
  return (
    Date.parse(interval.start) < Date.parse(period.to) &&
    Date.parse(interval.end) > Date.parse(period.from)
  );
}

const anyOf = (wanted: readonly string[] | undefined, values: string[]) =>
  !wanted || values.some(value => wanted.includes(value));

/**
 * Whether a release or change event passes the calendar's filters (not `conflictsOnly`,
 * which needs the conflicts).
 *
 * @public
 */
export function itemEventMatches(
  event: CalendarEvent,
  query: CalendarQuery,
): boolean {
  return (
    anyOf(query.kind, [event.kind]) &&
    anyOf(query.entityRef, event.entityRefs) &&
    anyOf(query.system, event.systems) &&
    anyOf(query.owner, event.owner ? [event.owner] : []) &&
    anyOf(query.environment, event.environment ? [event.environment] : []) &&
    anyOf(query.category, event.category ? [event.category] : []) &&
    anyOf(query.status, event.status ? [event.status] : [])
  );
}

/**
 * Whether a change window belongs on a calendar with these filters: windows have no owner,
 * category or status of a release, so only kind, environment and scope filter them. A
 * window shows for an entityRef or system filter when it applies to one of those CIs.
 *
 * @public
 */
export function windowMatches(
  window: WindowSource,
  query: CalendarQuery,
  cis: ReadonlyMap<string, ConflictCi>,
): boolean {
  const scope = window.spec.scope;
  if (!anyOf(query.kind, ['window'])) return false;
  if (query.environment && scope?.environments) {
    if (!anyOf(query.environment, scope.environments)) return false;
  }
  const wantedCis = ciFilterOf(query, cis);
  return (
    wantedCis === undefined ||
    wantedCis.some(ci => windowAppliesToCi(scope, ci))
  );
}

function ciFilterOf(
  query: CalendarQuery,
  cis: ReadonlyMap<string, ConflictCi>,
): ConflictCi[] | undefined {
  if (!query.entityRef && !query.system) return undefined;
  const wanted: ConflictCi[] = [];
  for (const ci of cis.values()) {
    const byRef = !query.entityRef || query.entityRef.includes(ci.entityRef);
    const bySystem =
      !query.system ||
      (ci.system !== undefined && query.system.includes(ci.system));
    if (byRef && bySystem) wanted.push(ci);
  }
  return wanted;
}
