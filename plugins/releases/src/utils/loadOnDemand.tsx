import { Progress } from '@backstage/core-components';
import { ComponentType, Suspense, lazy } from 'react';

/**
 * A component whose code is fetched on demand, with {@link OnDemandComponent.preload} to
 * start that fetch early.
 *
 * @internal
 */
export type OnDemandComponent<P extends object> = ComponentType<P> & {
  /**
   * Starts fetching the component's code, if it has not started yet, so that it is ready
   * (or nearly) by the time the component is drawn.
   */
  preload(): void;
};

/**
 * A component whose code (and the libraries it brings) is fetched the first time it is
 * drawn, or when {@link OnDemandComponent.preload} asks for it, with a progress bar
 * meanwhile. The calendar page uses it for the views built on big libraries, so that the
 * page and its agenda do not wait for them, and preloads the view it opens on while its
 * data is on the way.
 *
 * @internal
 */
export function loadOnDemand<P extends object>(
  load: () => Promise<ComponentType<P>>,
): OnDemandComponent<P> {
  let loading: Promise<{ default: ComponentType<P> }> | undefined;
  const start = () => {
    loading ??= load().then(component => ({ default: component }));
    return loading;
  };
  // As a plain component type: the lazy wrapper's own type adds refs, which these
  // function components do not take.
  const Loaded = lazy(start) as unknown as ComponentType<P>;
  function OnDemand(props: P) {
    return (
      <Suspense fallback={<Progress />}>
        <Loaded {...props} />
      </Suspense>
    );
  }
  OnDemand.preload = () => {
    // A failed preload is not an error yet: drawing the component retries and reports it.
    start().catch(() => {
      loading = undefined;
    });
  };
  return OnDemand;
}
