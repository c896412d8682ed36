import {
  CalendarEvent,
  DEFAULT_ENVIRONMENTS,
  RELEASE_CATEGORIES,
  RELEASE_STATUSES,
} from '@stagegate/plugin-releases-common';
import { useMemo, useRef } from 'react';
import { CalendarPageFilters } from '../../calendar';
import { CalendarFilterOptions } from '../CalendarFilters';

const sorted = (values: Iterable<string>) =>
  [...new Set(values)].sort((a, b) => a.localeCompare(b, 'en-US'));

/**
 * The values the filters offer: the fixed environments, categories and statuses, and the
 * systems and owners of every event seen on this page so far (a filtered answer has fewer,
 * and a choice must not disappear because it was made), plus the values chosen.
 *
 * @internal
 */
export function useFilterOptions(
  events: CalendarEvent[],
  filters: CalendarPageFilters,
): CalendarFilterOptions {
  const seen = useRef({
    system: new Set<string>(),
    owner: new Set<string>(),
    environment: new Set<string>(),
  });
  return useMemo(() => {
    for (const event of events) {
      event.systems.forEach(system => seen.current.system.add(system));
      if (event.owner) seen.current.owner.add(event.owner);
      if (event.environment) seen.current.environment.add(event.environment);
    }
    return {
      system: sorted([...seen.current.system, ...filters.system]),
      owner: sorted([...seen.current.owner, ...filters.owner]),
      environment: [
        ...new Set([
          ...DEFAULT_ENVIRONMENTS,
          ...seen.current.environment,
          ...filters.environment,
        ]),
      ],
      category: [...RELEASE_CATEGORIES],
      status: [...RELEASE_STATUSES],
    };
  }, [events, filters]);
}
