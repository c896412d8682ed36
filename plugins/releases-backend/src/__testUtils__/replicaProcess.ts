import { resolvePackagePath } from '@backstage/backend-plugin-api';
import type { TestDatabases } from '@backstage/backend-test-utils';
import { ChildProcess, fork } from 'child_process';
import { Knex } from 'knex';
import { createServer } from 'net';
import { resolve } from 'path';
import type { ReplicaMessage } from './backendReplica';

const REPLICA = resolve(__dirname, 'backendReplica.ts');

type Sent = Extract<ReplicaMessage, { type: 'sent' }>;

/**
 * The first PostgreSQL engine of the test databases, and `describe` for the replica tests:
 * sharing a database between processes is a PostgreSQL property, so without one they skip.
 */
export function onPostgres(databases: TestDatabases): {
  postgresId?: Parameters<TestDatabases['init']>[0];
  describeOnPostgres: jest.Describe;
} {
  const postgresId = databases
    .eachSupportedId()
    .map(([id]) => id)
    .find(id => id.startsWith('POSTGRES'));
  return {
    postgresId,
    describeOnPostgres: postgresId ? describe : describe.skip,
  };
}

/** A port on 127.0.0.1 that was free a moment ago. */
async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

/**
 * The connection settings of a test database, for another process to connect with. knex
 * keeps the password out of enumeration, so it is copied by name.
 */
export function sharedConnection(knex: Knex): Record<string, unknown> {
  const settings = knex.client.connectionSettings;
  return { ...settings, password: settings.password };
}

/**
 * Creates the scheduler's own tables once: replicas starting together on an empty database
 * would race to create them, which has nothing to do with what the tests check.
 */
export async function prepareSchedulerTables(knex: Knex): Promise<void> {
  await knex.migrate.latest({
    directory: resolvePackagePath(
      '@backstage/backend-defaults',
      'migrations/scheduler',
    ),
    tableName: 'backstage_backend_tasks__knex_migrations',
  });
}

/** A replica of the backend in its own OS process (`backendReplica.ts`), and what it reports. */
export class Replica {
  readonly sent: Sent[] = [];
  private readonly waiters: Array<(message: ReplicaMessage) => void> = [];
  private readonly child: ChildProcess;

  /**
   * Starts a replica on the shared database and waits until it serves; `env` passes more
   * settings (see `backendReplica.ts`).
   */
  static async start(
    connection: unknown,
    env: Record<string, string> = {},
  ): Promise<Replica> {
    const replica = new Replica(connection, await freePort(), env);
    await replica.next('ready');
    return replica;
  }

  private constructor(
    connection: unknown,
    /** Where the replica serves HTTP, on 127.0.0.1. */
    readonly port: number,
    env: Record<string, string>,
  ) {
    this.child = fork(REPLICA, [], {
      execArgv: ['--require', '@backstage/cli/config/nodeTransform.cjs'],
      env: {
        ...process.env,
        STAGEGATE_REPLICA_DB: JSON.stringify(connection),
        STAGEGATE_REPLICA_PORT: String(port),
        ...env,
      },
      // The backend's logs are not the test's output.
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    this.child.on('message', (message: ReplicaMessage) => {
      if (message.type === 'sent') this.sent.push(message);
      this.waiters.splice(0).forEach(waiter => waiter(message));
    });
    this.child.on('exit', code => {
      const pid = this.child.pid ?? 0;
      const error = `The replica exited with code ${code}`;
      this.waiters
        .splice(0)
        .forEach(waiter => waiter({ type: 'failed', pid, error }));
    });
  }

  /** The replica's OS process id, for benchmarks that watch its CPU time. */
  get pid(): number {
    const pid = this.child.pid;
    if (pid === undefined) throw new Error('The replica process did not start');
    return pid;
  }

  /** The replica's base URL of the releases API. */
  get baseUrl(): string {
    return `http://127.0.0.1:${this.port}/api/releases`;
  }

  /** Waits for the replica's next message of a type; a failure report rejects. */
  next(type: ReplicaMessage['type']): Promise<ReplicaMessage> {
    return new Promise((resolvePromise, reject) => {
      const wait = (message: ReplicaMessage) => {
        if (message.type === 'failed') reject(new Error(message.error));
        else if (message.type === type) resolvePromise(message);
        else this.waiters.push(wait);
      };
      this.waiters.push(wait);
    });
  }

  /** Asks the replica to run the stage warning task now, or to stop. */
  send(type: 'run' | 'stop') {
    this.child.send({ type });
  }

  /** Kills the replica at once, as a crash would: no shutdown hooks run. */
  kill() {
    this.child.kill('SIGKILL');
  }

  /** Stops the replica cleanly, or kills it after ten seconds. */
  async stop() {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise(done => this.child.once('exit', done));
    this.send('stop');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  }
}
