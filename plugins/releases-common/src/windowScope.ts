import { ChangeWindowScope } from './changeWindow';
import { Ci } from './ci';
import { toEntityRef } from './entityRefs';

function normalizedRef(value: string, defaultKind?: string): string {
  return toEntityRef(value, defaultKind) ?? value;
}

function matchesAny(
  selector: readonly string[] | undefined,
  matches: (value: string) => boolean,
): boolean {
  return selector === undefined || selector.some(matches);
}

/**
 * The environments of a CI that a window's scope covers: all of the CI's environments when
 * the scope names none, otherwise those it names.
 *
 * @public
 */
export function scopedEnvironments(
  scope: ChangeWindowScope | undefined,
  ci: Pick<Ci, 'environments'>,
): string[] {
  const listed = scope?.environments;
  return listed
    ? ci.environments.filter(env => listed.includes(env))
    : [...ci.environments];
}

/**
 * Whether a window's scope matches a CI: every selector the scope lists must match (AND),
 * and a selector matches when any of its values does (OR). Systems may be given by name or
 * by ref, and a system's own window applies to the system itself. The environments selector
 * matches when it shares at least one environment with the CI.
 *
 * @public
 */
export function windowAppliesToCi(
  scope: ChangeWindowScope | undefined,
  ci: Pick<
    Ci,
    'entityRef' | 'system' | 'ciClass' | 'criticality' | 'environments'
  >,
): boolean {
  if (!scope) return true;
  const systemRefs = [ci.system, ci.entityRef].filter(Boolean);
  return (
    matchesAny(scope.systems, value =>
      systemRefs.includes(normalizedRef(value, 'system')),
    ) &&
    matchesAny(
      scope.entities,
      value => normalizedRef(value) === ci.entityRef,
    ) &&
    matchesAny(scope.ciClasses, value => value === ci.ciClass) &&
    matchesAny(scope.criticalities, value => value === ci.criticality) &&
    (scope.environments === undefined ||
      scopedEnvironments(scope, ci).length > 0)
  );
}
