import { Release } from './release';

/**
 * The ids of the conflicts a release's recorded overrides cover. Only overrides with a
 * reason count, and each covers only the conflicts it names.
 *
 * @public
 */
export function overriddenConflictIds(
  release: Pick<Release, 'conflictOverrides'>,
): ReadonlySet<string> {
  const ids = new Set<string>();
  for (const override of release.conflictOverrides ?? []) {
    if (override.reason.trim() === '') continue;
    for (const id of override.conflictIds) ids.add(id);
  }
  return ids;
}
