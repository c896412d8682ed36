import {
  CiWindow,
  Release,
  WindowSource,
  windowsForCi,
} from '@stagegate/plugin-releases-common';
import { CiSnapshot } from './CiSnapshot';

/**
 * The change windows (catalog and API) that apply to any of a release's CIs at `at`, each
 * once.
 *
 * @internal
 */
export function windowsOfRelease(
  snapshot: CiSnapshot,
  sources: readonly WindowSource[],
  release: Pick<Release, 'entityRefs'>,
  at: string,
): CiWindow[] {
  const byId = new Map<string, CiWindow>();
  for (const entityRef of release.entityRefs) {
    const ci = snapshot.get(entityRef);
    if (!ci) continue;
    for (const window of windowsForCi(sources, ci, at)) {
      byId.set(window.id, window);
    }
  }
  return [...byId.values()];
}
