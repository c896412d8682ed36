import { Entity } from '@backstage/catalog-model';
import { CI_KINDS } from '@stagegate/plugin-releases-common';

const ciKinds = new Set(CI_KINDS.map(kind => kind.toLocaleLowerCase('en-US')));

/**
 * Whether an entity is a configuration item by default, and so gets a Releases tab:
 * Components, Resources, Systems and APIs.
 *
 * @public
 */
export function isReleasesAvailable(entity: Entity): boolean {
  return ciKinds.has(entity.kind.toLocaleLowerCase('en-US'));
}
