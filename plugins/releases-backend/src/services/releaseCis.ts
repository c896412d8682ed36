import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import { toCi } from '@stagegate/plugin-releases-common';
import { CatalogCiReader } from '../catalog/CatalogCiReader';
import { EntityOwners } from '../database';

/**
 * Checks that every entity ref names a CI the caller can see, and returns the catalog owner
 * of each; otherwise a 400 that names every bad position of `entityRefs`.
 *
 * @internal
 */
export async function resolveReleaseCis(
  reader: CatalogCiReader,
  entityRefs: readonly string[],
  environments: readonly string[],
  credentials: BackstageCredentials,
): Promise<EntityOwners> {
  const entities = await Promise.all(
    entityRefs.map(ref => reader.ci(ref, credentials)),
  );
  const problems = entityRefs.flatMap((ref, index) =>
    entities[index]
      ? []
      : [
          `entityRefs.${index}: ${ref} is not a CI in the catalog, or you may not see it`,
        ],
  );
  if (problems.length > 0) {
    throw new InputError(`Invalid body: ${problems.join('; ')}`);
  }
  const owners: EntityOwners = {};
  entityRefs.forEach((ref, index) => {
    owners[ref] = toCi(entities[index]!, environments).owner;
  });
  return owners;
}

/**
 * Checks that every slot names a configured environment, naming each bad one.
 *
 * @internal
 */
export function checkSlotEnvironments(
  schedule: ReadonlyArray<{ environment: string }> | undefined,
  environments: readonly string[],
  fieldOf: (index: number) => string = index => `schedule.${index}.environment`,
): void {
  const problems = (schedule ?? []).flatMap((slot, index) =>
    environments.includes(slot.environment)
      ? []
      : [
          `${fieldOf(index)}: '${
            slot.environment
          }' is not a configured environment; use one of ${environments.join(
            ', ',
          )}`,
        ],
  );
  if (problems.length > 0) {
    throw new InputError(`Invalid body: ${problems.join('; ')}`);
  }
}
