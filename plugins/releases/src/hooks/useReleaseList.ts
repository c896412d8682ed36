import { useApi } from '@backstage/core-plugin-api';
import { Release } from '@stagegate/plugin-releases-common';
import { useCallback, useEffect, useState } from 'react';
import { ReleaseListRequest, releasesApiRef } from '../api';

/**
 * State of a release list that loads page by page.
 *
 * @public
 */
export interface ReleaseListState {
  releases: Release[];
  loading: boolean;
  error?: Error;
  /** Whether another page can be loaded. */
  hasMore: boolean;
  loadMore(): void;
  reload(): void;
}

/**
 * Loads a release list one page at a time; `loadMore` appends the next page.
 *
 * @public
 */
export function useReleaseList(request: ReleaseListRequest): ReleaseListState {
  const releasesApi = useApi(releasesApiRef);
  const requestKey = JSON.stringify(request);
  const [releases, setReleases] = useState<Release[]>([]);
  const [cursor, setCursor] = useState<string | undefined>();
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<Error>();
  const [generation, setGeneration] = useState(0);

  const load = useCallback(
    async (from: string | undefined, replace: boolean) => {
      setLoading(true);
      setError(undefined);
      try {
        const page = await releasesApi.listReleases({
          ...(JSON.parse(requestKey) as ReleaseListRequest),
          cursor: from,
        });
        setReleases(previous =>
          replace ? page.items : [...previous, ...page.items],
        );
        setCursor(page.nextCursor);
      } catch (e) {
        setError(e as Error);
      } finally {
        setLoading(false);
      }
    },
    [releasesApi, requestKey],
  );

  useEffect(() => {
    load(undefined, true);
  }, [load, generation]);

  return {
    releases,
    loading,
    error,
    hasMore: cursor !== undefined,
    loadMore: () => {
      if (cursor) load(cursor, false);
    },
    reload: () => setGeneration(g => g + 1),
  };
}
