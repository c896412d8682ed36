import {
  makeValidator,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';

/**
 * The full, normalised entity ref of a value that may be a full ref (`group:default/a`) or a
 * shorthand (`a`, `default/a`), or undefined when it is not a ref at all.
 *
 * @param value - The ref or shorthand.
 * @param defaultKind - The kind a shorthand refers to.
 * @param defaultNamespace - The namespace a shorthand refers to; `default` unless given.
 * @public
 */
export function toEntityRef(
  value: unknown,
  defaultKind?: string,
  defaultNamespace = 'default',
): string | undefined {
  if (typeof value !== 'string' || value === '') return undefined;
  try {
    return stringifyEntityRef(
      parseEntityRef(value, { defaultKind, defaultNamespace }),
    );
  } catch {
    return undefined;
  }
}

const parts = makeValidator();

/**
 * The canonical form (`kind:namespace/name`, namespace defaulting to `default`) of an entity
 * ref, or undefined when the value is not a valid ref with an explicit kind.
 *
 * The kind must be explicit: a release names CIs of several kinds, and guessing one would
 * silently attach the release to the wrong entity.
 *
 * @param value - The ref as typed, such as `component:payments-api`.
 * @param kinds - When given, the kinds allowed (compared case-insensitively).
 * @public
 */
export function canonicalEntityRef(
  value: string,
  kinds?: readonly string[],
): string | undefined {
  try {
    const ref = parseEntityRef(value.trim(), { defaultNamespace: 'default' });
    const valid =
      parts.isValidKind(ref.kind) &&
      parts.isValidNamespace(ref.namespace) &&
      parts.isValidEntityName(ref.name);
    if (!valid) return undefined;
    if (kinds && !kinds.some(k => k.toLowerCase() === ref.kind.toLowerCase())) {
      return undefined;
    }
    return stringifyEntityRef(ref);
  } catch {
    return undefined;
  }
}

/**
 * Whether two entity refs name the same entity. Backstage compares refs case-insensitively,
 * so `user:default/Ada` and `user:default/ada` are one person, and a segregation-of-duties
 * check must not be dodged by changing case.
 *
 * @public
 */
export function isSameEntityRef(
  a: string | undefined,
  b: string | undefined,
): boolean {
  if (a === undefined || b === undefined) return false;
  const left = canonicalEntityRef(a) ?? a.trim();
  const right = canonicalEntityRef(b) ?? b.trim();
  return left.toLowerCase() === right.toLowerCase();
}
