import { useApi } from '@backstage/core-plugin-api';
import { CiDetail } from '@stagegate/plugin-releases-common';
import { useEffect, useState } from 'react';
import { releasesApiRef } from '../api';

/**
 * What is known about the CI behind an entity: still loading, failed to load, not a CI (or
 * not one the viewer may see), or loaded.
 *
 * @public
 */
export type CiState =
  | { status: 'loading' }
  | { status: 'error'; error: Error }
  | { status: 'not-ci' }
  | { status: 'loaded'; ci: CiDetail };

/**
 * Loads the CI of an entity, with its relations, windows and freeze status.
 *
 * @param entityRef - The entity ref, such as `component:default/payments`.
 * @public
 */
export function useCi(entityRef: string): CiState {
  const releasesApi = useApi(releasesApiRef);
  const [state, setState] = useState<CiState>({ status: 'loading' });

  useEffect(() => {
    // A response for an entity the view has moved away from must not overwrite the state.
    let current = true;
    setState({ status: 'loading' });
    releasesApi.getCi(entityRef).then(
      ci => {
        if (current) {
          setState(ci ? { status: 'loaded', ci } : { status: 'not-ci' });
        }
      },
      error => {
        if (current) setState({ status: 'error', error: error as Error });
      },
    );
    return () => {
      current = false;
    };
  }, [releasesApi, entityRef]);

  return state;
}
