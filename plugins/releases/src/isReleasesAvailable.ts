import { Entity } from '@backstage/catalog-model';

const CI_KINDS = new Set(['component', 'resource', 'system', 'api']);

/**
 * Whether an entity is a configuration item by default, and so gets a Releases tab:
 * Components, Resources, Systems and APIs.
 *
 * @public
 */
export function isReleasesAvailable(entity: Entity): boolean {
  return CI_KINDS.has(entity.kind.toLocaleLowerCase('en-US'));
}
