import { Progress } from '@backstage/core-components';
import { ComponentType, Suspense, lazy } from 'react';

/**
 * A component whose code (and the libraries it brings) is fetched the first time it is
 * drawn, with a progress bar meanwhile. The calendar page uses it for the views built on
 * big libraries, so that the page and its agenda do not wait for them.
 *
 * @internal
 */
export function loadOnDemand<P extends object>(
  load: () => Promise<ComponentType<P>>,
): ComponentType<P> {
  // As a plain component type: the lazy wrapper's own type adds refs, which these
  // function components do not take.
  const Loaded = lazy(() =>
    load().then(component => ({ default: component })),
  ) as unknown as ComponentType<P>;
  return function OnDemand(props: P) {
    return (
      <Suspense fallback={<Progress />}>
        <Loaded {...props} />
      </Suspense>
    );
  };
}
