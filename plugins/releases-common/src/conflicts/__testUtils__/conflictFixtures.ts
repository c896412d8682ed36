import { CiGraph } from '../../ciGraph';
import { ScheduleIndex } from '../scheduleIndex';
import {
  ConflictCi,
  ConflictContext,
  ScheduledItem,
  ConflictWindow,
} from '../types';
import { ScheduleCheckContext } from '../check';
import {
  prepareConflictWindows,
  ConflictWindowSource,
} from '../conflictWindows';

export const ENVIRONMENTS = ['sit', 'sat', 'production'];

let counter = 0;

/** A release slot in production on component:default/a, 10:00 to 12:00 on 2026-03-02. */
export function item(fields: Partial<ScheduledItem> = {}): ScheduledItem {
  counter++;
  return {
    id: `r${counter}`,
    kind: 'release',
    title: `Release ${counter}`,
    entityRefs: ['component:default/a'],
    environment: 'production',
    start: '2026-03-02T10:00:00.000Z',
    end: '2026-03-02T12:00:00.000Z',
    ...fields,
  };
}

export function ci(
  entityRef: string,
  fields: Partial<ConflictCi> = {},
): ConflictCi {
  return {
    entityRef,
    ciClass: 'service',
    environments: ENVIRONMENTS,
    ...fields,
  };
}

export function cisOf(...cis: ConflictCi[]): Map<string, ConflictCi> {
  return new Map(cis.map(c => [c.entityRef, c]));
}

/** A chain a - b - c - d of dependencies. */
export function chainGraph(): CiGraph {
  const refs = ['a', 'b', 'c', 'd'].map(n => `component:default/${n}`);
  return CiGraph.fromEdges(
    refs.slice(1).map((target, i) => ({
      source: refs[i],
      type: 'dependsOn',
      target,
    })),
  );
}

/** A one-off or recurring window source with defaults: a blocking blackout in UTC. */
export function windowSource(
  id: string,
  spec: Partial<ConflictWindowSource['spec']>,
): ConflictWindowSource {
  return {
    id,
    title: `Window ${id}`,
    spec: { type: 'blackout', enforcement: 'block', timezone: 'UTC', ...spec },
  };
}

export const HORIZON = {
  start: '2026-01-01T00:00:00.000Z',
  end: '2027-01-01T00:00:00.000Z',
};

export function windows(...sources: ConflictWindowSource[]): ConflictWindow[] {
  return prepareConflictWindows(sources, HORIZON);
}

/** A check context over `schedule`, with the default environments. */
export function checkContext(
  schedule: ScheduledItem[],
  context: Partial<ConflictContext> = {},
): ScheduleCheckContext {
  return {
    environments: ENVIRONMENTS,
    ...context,
    schedule: ScheduleIndex.fromItems(schedule),
  };
}
