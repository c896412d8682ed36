import {
  Ci,
  CiListQuery,
  toEntityRef,
} from '@stagegate/plugin-releases-common';

function refOrName(value: string, defaultKind: string): string {
  return toEntityRef(value, defaultKind) ?? value;
}

function anyOf<T>(
  wanted: readonly T[] | undefined,
  test: (value: T) => boolean,
): boolean {
  return wanted === undefined || wanted.some(test);
}

/**
 * A predicate for the CIs that match every filter of a list query; within a filter, any of
 * its values may match. Kinds compare without regard to case, systems and owners may be given
 * by name or by ref.
 *
 * @internal
 */
export function ciMatcher(query: CiListQuery): (ci: Ci) => boolean {
  const kinds = query.kind?.map(kind => kind.toLocaleLowerCase('en-US'));
  const systems = query.system?.map(value => refOrName(value, 'system'));
  const owners = query.owner?.map(value => refOrName(value, 'group'));
  const text = query.q?.toLocaleLowerCase('en-US');
  return ci =>
    anyOf(kinds, kind => ci.kind.toLocaleLowerCase('en-US') === kind) &&
    anyOf(systems, system => ci.system === system) &&
    anyOf(owners, owner => ci.owner === owner) &&
    anyOf(query.class, ciClass => ci.ciClass === ciClass) &&
    anyOf(query.criticality, level => ci.criticality === level) &&
    (text === undefined ||
      [ci.title, ci.entityRef, ci.ciId].some(field =>
        field.toLocaleLowerCase('en-US').includes(text),
      ));
}
