import { stringifyEntityRef } from '@backstage/catalog-model';
import { toEntityRef } from '@stagegate/plugin-releases-common';
import { readFile } from 'fs/promises';
import { parseAllDocuments } from 'yaml';

/**
 * What the demo seeder knows of the example catalog: every entity ref it declares, and the
 * owner of each entity that names one.
 *
 * @internal
 */
export type CatalogIndex = {
  /** Every entity ref declared, lower-cased for comparison. */
  refs: ReadonlySet<string>;
  /** The owner (`spec.owner`, as a full ref) of each entity, by its entity ref. */
  owners: ReadonlyMap<string, string>;
};

type RawEntity = {
  kind?: unknown;
  metadata?: { name?: unknown; namespace?: unknown };
  spec?: { owner?: unknown };
};

/**
 * Reads catalog YAML files the way the catalog would name their entities, without waiting
 * for the catalog to ingest them: seeding runs at start-up, before it has. An owner is read
 * as the catalog reads `spec.owner`: a group unless it says otherwise, in the entity's
 * namespace.
 *
 * @param files - Absolute paths of catalog files, each with one or more YAML documents.
 * @internal
 */
export async function readCatalogFiles(
  files: readonly string[],
): Promise<CatalogIndex> {
  const refs = new Set<string>();
  const owners = new Map<string, string>();
  for (const file of files) {
    const documents = parseAllDocuments(await readFile(file, 'utf8'));
    for (const document of documents) {
      if (document.errors.length > 0) {
        throw new Error(
          `Cannot read catalog file ${file}: ${document.errors[0].message}`,
        );
      }
      const entity = document.toJS() as RawEntity | null;
      const { kind, metadata } = entity ?? {};
      if (typeof kind !== 'string' || typeof metadata?.name !== 'string') {
        continue;
      }
      const namespace =
        typeof metadata.namespace === 'string' ? metadata.namespace : 'default';
      const ref = stringifyEntityRef({ kind, namespace, name: metadata.name });
      refs.add(ref.toLowerCase());
      const owner = toEntityRef(entity?.spec?.owner, 'group', namespace);
      if (owner) owners.set(ref, owner);
    }
  }
  return { refs, owners };
}
