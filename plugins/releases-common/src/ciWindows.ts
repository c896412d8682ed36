import { stringifyEntityRef } from '@backstage/catalog-model';
import { DateTime } from 'luxon';
import {
  ChangeWindowEntity,
  ChangeWindowSpec,
  ChangeWindowType,
  WindowEnforcement,
} from './changeWindow';
import { Ci } from './ci';
import { ReleaseCategory } from './release';
import {
  NEXT_OCCURRENCE_HORIZON_DAYS,
  WindowOccurrence,
  windowOccurrencesBetween,
} from './windowOccurrences';
import { scopedEnvironments, windowAppliesToCi } from './windowScope';

/**
 * A change window that applies to a CI, with the occurrence under way and the next one.
 *
 * @public
 */
export type CiWindow = {
  /** The entity ref of a catalog window, or the id of an API window. */
  id: string;
  /** Where the window is defined: a ChangeWindow entity, or the windows API. */
  source: 'catalog' | 'api';
  /** The entity ref of a catalog window. */
  entityRef?: string;
  title: string;
  description?: string;
  type: ChangeWindowType;
  enforcement: WindowEnforcement;
  /** The IANA zone the window is defined in. */
  timezone: string;
  /** The recurrence rule of a recurring window. */
  rrule?: string;
  /** Categories of release the window lets through. */
  allowCategories: ReleaseCategory[];
  /** The CI's environments the window covers. */
  environments: string[];
  /** The occurrence under way at the time asked about. */
  current?: WindowOccurrence;
  /** The next occurrence to start after that time (after the current one, if any). */
  next?: WindowOccurrence;
};

/**
 * A change window from either source, as windows are matched to CIs: a ChangeWindow entity
 * (see {@link windowSourceOf}) or an API window (a `ScheduleWindow` fits as it is).
 *
 * @public
 */
export type WindowSource = {
  /** The entity ref of a catalog window, or the id of an API window. */
  id: string;
  source: 'catalog' | 'api';
  title: string;
  description?: string;
  spec: ChangeWindowSpec;
};

/**
 * The window source of a ChangeWindow entity: its ref as id, its title or name as title.
 *
 * @public
 */
export function windowSourceOf(entity: ChangeWindowEntity): WindowSource {
  return {
    id: stringifyEntityRef(entity),
    source: 'catalog',
    title: entity.metadata.title ?? entity.metadata.name,
    description: entity.metadata.description,
    spec: entity.spec,
  };
}

/**
 * Whether a CI is frozen now, by which blackout window, or when its next freeze begins.
 *
 * @public
 */
export type FreezeStatus =
  | { state: 'frozen'; window: CiWindow; until: string }
  | { state: 'upcoming'; window: CiWindow; from: string }
  | { state: 'none' };

function occurrencesAround(
  window: WindowSource,
  at: string,
): Pick<CiWindow, 'current' | 'next'> {
  const horizon = DateTime.fromISO(at, { zone: 'UTC' })
    .plus({ days: NEXT_OCCURRENCE_HORIZON_DAYS })
    .toISO()!;
  const [first, second] = windowOccurrencesBetween(window.spec, at, horizon, {
    maxCount: 2,
  });
  if (first && DateTime.fromISO(first.start) <= DateTime.fromISO(at)) {
    return { current: first, next: second };
  }
  return { next: first };
}

/**
 * The windows among `windows` that apply to a CI, each with its current and next occurrence
 * at `at`, ordered by the start of their current or next occurrence (windows with neither
 * come last).
 *
 * @param windows - Change windows from the catalog and the API.
 * @param ci - The CI.
 * @param at - The instant to look from, ISO 8601.
 * @public
 */
export function windowsForCi(
  windows: readonly WindowSource[],
  ci: Ci,
  at: string,
): CiWindow[] {
  const applied = windows
    .filter(window => windowAppliesToCi(window.spec.scope, ci))
    .map(
      (window): CiWindow => ({
        id: window.id,
        source: window.source,
        ...(window.source === 'catalog' ? { entityRef: window.id } : {}),
        title: window.title,
        description: window.description,
        type: window.spec.type,
        enforcement: window.spec.enforcement,
        timezone: window.spec.timezone,
        rrule: window.spec.rrule,
        allowCategories: window.spec.allowCategories ?? [],
        environments: scopedEnvironments(window.spec.scope, ci),
        ...occurrencesAround(window, at),
      }),
    );
  const startOf = (w: CiWindow) => (w.current ?? w.next)?.start ?? '\uffff';
  return applied.sort((a, b) => startOf(a).localeCompare(startOf(b)));
}

/**
 * The freeze banner of a CI: frozen by the blackout window under way that ends last, or
 * else the next blackout window to begin.
 *
 * @public
 */
export function freezeStatusOf(windows: readonly CiWindow[]): FreezeStatus {
  const blackouts = windows.filter(window => window.type === 'blackout');
  const active = blackouts
    .filter(window => window.current)
    .sort((a, b) => b.current!.end.localeCompare(a.current!.end))[0];
  if (active) {
    return { state: 'frozen', window: active, until: active.current!.end };
  }
  const upcoming = blackouts
    .filter(window => window.next)
    .sort((a, b) => a.next!.start.localeCompare(b.next!.start))[0];
  return upcoming
    ? { state: 'upcoming', window: upcoming, from: upcoming.next!.start }
    : { state: 'none' };
}
