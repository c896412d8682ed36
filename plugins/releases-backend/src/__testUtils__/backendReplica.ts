/*
 * One replica of the releases backend, run as its own OS process by the replica tests
 * (`src/tests/*.replicas.test.ts`, through `replicaProcess.ts`): Backstage's backend with the releases plugin and
 * Backstage's own scheduler on a shared PostgreSQL database, listening on 127.0.0.1 only. Every
 * notification it sends is reported to the parent process over IPC instead of being delivered.
 *
 * The scheduler runs the stage warning task every second, on one replica at a time (its
 * global lock). When the parent says `run`, the replica also runs the task's function at once,
 * past that lock, so that both replicas run it at the same moment and only the notices'
 * claims keep each notice single.
 *
 * Environment: STAGEGATE_REPLICA_DB, the knex connection of the shared database, as JSON;
 * STAGEGATE_REPLICA_PORT, the port to serve HTTP on (127.0.0.1);
 * STAGEGATE_REPLICA_RELEASES_CONFIG, the `releases` configuration as JSON (optional).
 * STAGEGATE_REPLICA_COMPONENTS, how many more components the catalog has (optional).
 */
import { createBackend } from '@backstage/backend-defaults';
import { DefaultSchedulerService } from '@backstage/backend-defaults/scheduler';
import {
  SchedulerService,
  SchedulerServiceTaskFunction,
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import { metricsServiceRef } from '@backstage/backend-plugin-api/alpha';
import { mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  NotificationSendOptions,
  notificationService,
} from '@backstage/plugin-notifications-node';
import knexFactory from 'knex';
import { releasesPlugin } from '../plugin';
import { STAGE_WARNING_TASK_ID } from '../tasks/stageWarningTask';

/**
 * A message from a replica to its parent.
 *
 * @internal
 */
export type ReplicaMessage =
  | { type: 'ready'; pid: number }
  | { type: 'sent'; pid: number; topic: string; title: string }
  | { type: 'ran'; pid: number }
  | { type: 'failed'; pid: number; error: string };

const report = (message: ReplicaMessage) => process.send?.(message);

/**
 * The replicas' `releases` configuration unless STAGEGATE_REPLICA_RELEASES_CONFIG (JSON)
 * gives another: stage warnings every second, for the stage warning test.
 */
const DEFAULT_RELEASES_CONFIG = {
  stages: {
    timeLimits: { test: 'P14D' },
    warningSchedule: { frequency: { seconds: 1 }, timeout: { seconds: 30 } },
  },
};

/** The catalog the replicas read: one component, the CI of the tests' releases. */
const REPLICA_CATALOG = [
  ...Array.from(
    { length: Number(process.env.STAGEGATE_REPLICA_COMPONENTS ?? 0) },
    (_, i) => ({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: { name: `service-${i}`, namespace: 'default' },
      spec: {
        type: 'service',
        lifecycle: 'production',
        owner: 'group:default/payments-team',
      },
    }),
  ),
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'payments-api', namespace: 'default' },
    spec: {
      type: 'service',
      lifecycle: 'production',
      owner: 'group:default/payments-team',
      system: 'payments',
    },
  },
];

async function main() {
  const knex = knexFactory({
    client: 'pg',
    connection: JSON.parse(process.env.STAGEGATE_REPLICA_DB ?? '{}'),
    pool: { min: 0, max: 5 },
  });
  const taskFunctions = new Map<string, SchedulerServiceTaskFunction>();

  const backend = createBackend();
  backend.add(
    mockServices.rootConfig.factory({
      data: {
        app: { baseUrl: 'http://127.0.0.1:3000' },
        backend: {
          baseUrl: 'http://127.0.0.1:7007',
          listen: {
            host: '127.0.0.1',
            port: Number(process.env.STAGEGATE_REPLICA_PORT ?? 0),
          },
        },
        releases: JSON.parse(
          process.env.STAGEGATE_REPLICA_RELEASES_CONFIG ??
            JSON.stringify(DEFAULT_RELEASES_CONFIG),
        ),
      },
    }),
  );
  backend.add(mockServices.auth.factory());
  backend.add(mockServices.httpAuth.factory());
  backend.add(mockServices.userInfo.factory());
  backend.add(mockServices.permissions.factory());
  backend.add(
    createServiceFactory({
      service: coreServices.database,
      deps: {},
      factory: () =>
        mockServices.database({ knex, migrations: { skip: false } }),
    }),
  );
  backend.add(
    createServiceFactory({
      service: coreServices.scheduler,
      deps: {
        database: coreServices.database,
        logger: coreServices.logger,
        rootLifecycle: coreServices.rootLifecycle,
        httpRouter: coreServices.httpRouter,
        pluginMetadata: coreServices.pluginMetadata,
        metrics: metricsServiceRef,
      },
      factory: deps => {
        const scheduler = DefaultSchedulerService.create(deps);
        // Backstage's scheduler, which also keeps each task's function for `run`.
        const recording: SchedulerService = {
          scheduleTask: task => {
            taskFunctions.set(task.id, task.fn);
            return scheduler.scheduleTask(task);
          },
          triggerTask: id => scheduler.triggerTask(id),
          cancelTask: id => scheduler.cancelTask(id),
          getScheduledTasks: () => scheduler.getScheduledTasks(),
          createScheduledTaskRunner: schedule =>
            scheduler.createScheduledTaskRunner(schedule),
        };
        return recording;
      },
    }),
  );
  backend.add(catalogServiceMock.factory({ entities: REPLICA_CATALOG }));
  backend.add(
    createServiceFactory({
      service: notificationService,
      deps: {},
      factory: () => ({
        send: async (options: NotificationSendOptions) => {
          report({
            type: 'sent',
            pid: process.pid,
            topic: options.payload.topic ?? '',
            title: options.payload.title,
          });
        },
      }),
    }),
  );
  backend.add(releasesPlugin);
  await backend.start();

  process.on('message', async (message: { type: string }) => {
    if (message.type === 'run') {
      try {
        const fn = taskFunctions.get(STAGE_WARNING_TASK_ID);
        if (!fn) throw new Error('The stage warning task was not scheduled');
        await fn(new AbortController().signal);
        report({ type: 'ran', pid: process.pid });
      } catch (error) {
        report({ type: 'failed', pid: process.pid, error: String(error) });
      }
    }
    if (message.type === 'stop') {
      await backend.stop();
      await knex.destroy();
      process.exit(0);
    }
  });
  report({ type: 'ready', pid: process.pid });
}

main().catch(error => {
  report({ type: 'failed', pid: process.pid, error: String(error) });
  process.exit(1);
});
