import { useApi } from '@backstage/core-plugin-api';
import { Release, TransitionPreview } from '@stagegate/plugin-releases-common';
import { useCallback, useEffect, useState } from 'react';
import { releasesApiRef } from '../api';

/**
 * The transitions a release could take next, as the backend previews them for the viewer.
 *
 * @public
 */
export interface TransitionsState {
  loading: boolean;
  error?: Error;
  items?: TransitionPreview[];
}

/**
 * One release that the viewer acts on, with the transitions it could take next.
 *
 * @public
 */
export interface ReleaseState {
  release: Release;
  transitions: TransitionsState;
  /** Takes the release an action answered with, and previews its transitions again. */
  replace(release: Release): void;
  /** Reads the release again, for instance after a stale revision was refused. */
  reload(): Promise<void>;
}

/**
 * Keeps one release current while the viewer acts on it: starts from the release given,
 * follows newer versions of it (by revision), and loads its transition previews for every
 * revision.
 *
 * @param initial - The release as a list or a detail view loaded it.
 * @public
 */
export function useReleaseState(initial: Release): ReleaseState {
  const releasesApi = useApi(releasesApiRef);
  const [release, setRelease] = useState(initial);
  const [transitions, setTransitions] = useState<TransitionsState>({
    loading: true,
  });

  // A reloaded list brings a newer version of the release: take it.
  useEffect(() => {
    setRelease(current =>
      current.id !== initial.id || initial.revision > current.revision
        ? initial
        : current,
    );
  }, [initial]);

  const { id, revision } = release;
  useEffect(() => {
    let current = true;
    setTransitions(previous => ({ loading: true, items: previous.items }));
    releasesApi.getTransitions(id).then(
      items => {
        if (current) setTransitions({ loading: false, items });
      },
      error => {
        if (current) setTransitions({ loading: false, error: error as Error });
      },
    );
    return () => {
      current = false;
    };
  }, [releasesApi, id, revision]);

  const replace = useCallback((next: Release) => setRelease(next), []);
  const reload = useCallback(async () => {
    setRelease(await releasesApi.getRelease(id));
  }, [releasesApi, id]);

  return { release, transitions, replace, reload };
}
