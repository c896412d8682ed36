import { ConfigReader } from '@backstage/config';
import { HostDiscovery } from '@backstage/backend-defaults/discovery';
import { ExtendedHttpServer } from '@backstage/backend-defaults/rootHttpRouter';
import {
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import {
  TestBackend,
  TestBackendOptions,
  startTestBackend,
} from '@backstage/backend-test-utils';

/** The only interface a test backend may listen on. */
const LOOPBACK_HOST = '127.0.0.1';

type RootHttpRouterModule =
  typeof import('@backstage/backend-defaults/rootHttpRouter');

/** Serialises starts, since each one briefly wraps a function shared by the whole test file. */
let previousStart: Promise<unknown> = Promise.resolve();

/**
 * Backstage's `startTestBackend`, with its HTTP server listening on 127.0.0.1 only and
 * discovery pointing there.
 *
 * Why: `startTestBackend` creates its server with `listen: { host: '', port: 0 }`, which binds
 * every interface, and our tests must listen on loopback only.
 *
 * How, without copying Backstage's code: while `startTestBackend` runs, its call to
 * `createHttpServer` of `@backstage/backend-defaults/rootHttpRouter` is wrapped to listen on
 * 127.0.0.1 instead; everything else stays Backstage's own. We cannot replace
 * `coreServices.rootHttpRouter` with a feature instead: the replacement does override the
 * default, but `startTestBackend` then throws once the backend has started, because it builds
 * its result with `Object.assign(backend, { get server() {...} })`, which calls the getter, and
 * the getter throws when Backstage's own server was never created. Discovery, which no getter
 * depends on, is replaced by a feature: Backstage's points at `localhost`, which may resolve to
 * `::1`, where nothing listens.
 *
 * The test `src/__testUtils__/loopbackBackend.test.ts` fails if a Backstage upgrade stops
 * going through the wrapped function.
 *
 * The options are those of `startTestBackend`; the features must not replace
 * `coreServices.discovery` themselves.
 */
export function startLoopbackTestBackend<TExtensionPoints extends any[]>(
  options: TestBackendOptions<TExtensionPoints>,
): Promise<TestBackend> {
  const start = previousStart.then(() => startOnLoopback(options));
  previousStart = start.catch(() => undefined);
  return start;
}

async function startOnLoopback<TExtensionPoints extends any[]>(
  options: TestBackendOptions<TExtensionPoints>,
): Promise<TestBackend> {
  // The module object that startTestBackend calls through, not a copy made by an import;
  // plain require, so benchmarks can start a test backend outside Jest too.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const rootHttpRouterModule: RootHttpRouterModule = require('@backstage/backend-defaults/rootHttpRouter');
  const createHttpServer = rootHttpRouterModule.createHttpServer;
  let server: ExtendedHttpServer | undefined;
  const onLoopback: typeof createHttpServer = async (
    listener,
    serverOptions,
    deps,
  ) => {
    server = await createHttpServer(
      listener,
      {
        ...serverOptions,
        listen: { ...serverOptions.listen, host: LOOPBACK_HOST },
      },
      deps,
    );
    return server;
  };
  Object.assign(rootHttpRouterModule, { createHttpServer: onLoopback });

  const discovery = createServiceFactory({
    service: coreServices.discovery,
    // The backend creates the router, and with it the server, before discovery needs its port.
    deps: { rootHttpRouter: coreServices.rootHttpRouter },
    async factory() {
      if (!server) {
        throw new Error('The loopback test server has not been created');
      }
      const port = server.port();
      return HostDiscovery.fromConfig(
        new ConfigReader({
          backend: {
            baseUrl: `http://${LOOPBACK_HOST}:${port}`,
            listen: { host: LOOPBACK_HOST, port },
          },
        }),
      );
    },
  });

  try {
    return await startTestBackend({
      ...options,
      features: [...(options.features ?? []), discovery],
    });
  } finally {
    Object.assign(rootHttpRouterModule, { createHttpServer });
  }
}
