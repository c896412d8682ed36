import { LoggerService } from '@backstage/backend-plugin-api';
import { resolve } from 'path';
import { ReleaseStore } from '../database';
import { readCatalogFiles } from './catalogFiles';
import { loadSeedFile } from './loadSeedFile';
import { planSeed } from './seedPlan';

/**
 * Stores the example releases of a demo file, for demos only, when no release is stored
 * yet. It runs once, at start-up: with releases present it does nothing, so whatever people
 * did in the demo survives a restart.
 *
 * The file is read, and every change in it checked against the lifecycle rules, before
 * anything is written; a file that breaks a rule fails the start-up with an error that
 * names the release and the field.
 *
 * @returns How many releases were stored.
 * @internal
 */
export async function seedDemoReleases(options: {
  store: ReleaseStore;
  logger: LoggerService;
  /** The demo file, relative to the working directory (as the catalog's file locations are). */
  seedFile: string;
  /** The configured environments, in promotion order. */
  environments: readonly string[];
  /** The seeding moment the file's relative times count from; now when absent. */
  now?: Date;
}): Promise<{ inserted: number }> {
  const { store, logger } = options;
  const path = resolve(options.seedFile);
  const existing = await store.listReleases({ limit: 1 });
  if (existing.items.length > 0) {
    logger.info(
      `Releases are already stored; not seeding the demo releases of ${path}`,
    );
    return { inserted: 0 };
  }
  const file = await loadSeedFile(path);
  const plan = planSeed(file, {
    now: options.now ?? new Date(),
    environments: options.environments,
    catalog: await readCatalogFiles(file.catalogFiles),
    source: path,
  });
  let inserted = 0;
  let entries = 0;
  for (const operation of plan.operations) {
    if (operation.type === 'insert') {
      await store.insertRelease(operation.release);
      inserted += 1;
      entries += 1;
    } else {
      await store.saveChanges(operation.changes);
      entries += operation.changes.length;
    }
  }
  logger.info(
    `Seeded ${inserted} demo releases with ${entries} history entries from ${path}`,
  );
  return { inserted };
}
