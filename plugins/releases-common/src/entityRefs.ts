import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';

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
