import {
  CiWindow,
  Release,
  windowsForCi,
} from '@stagegate/plugin-releases-common';
import { CiSnapshot } from './CiSnapshot';

/**
 * The change windows that apply to any of a release's CIs at `at`, each once.
 *
 * @internal
 */
export function windowsOfRelease(
  snapshot: CiSnapshot,
  release: Pick<Release, 'entityRefs'>,
  at: string,
): CiWindow[] {
  const byRef = new Map<string, CiWindow>();
  for (const entityRef of release.entityRefs) {
    const ci = snapshot.get(entityRef);
    if (!ci) continue;
    for (const window of windowsForCi(snapshot.windows, ci, at)) {
      byRef.set(window.entityRef, window);
    }
  }
  return [...byRef.values()];
}
