/* eslint-disable no-console */
// Load on the API of real backend processes sharing one PostgreSQL database, with autocannon.
// Each replica is `plugins/releases-backend/src/__testUtils__/backendReplica.ts` in its own
// OS process: Backstage's backend with the releases plugin, on 127.0.0.1. The database is a
// fresh one on the PostgreSQL that scripts/ensure-postgres.sh provides (bench/run.sh sources
// it), seeded with 2,000 releases whose production slots fall in one month, on 50 CIs.
//
// Figures, each measured in this run:
// - calendar-month-p50-ms, calendar-month-p99-ms (goal ≤ 200), calendar-month-errors: the
//   calendar of that month (2,000 events), 50 connections for 30 s, one replica;
// - release-list-p50-ms, release-list-p99-ms, release-list-errors: the release list, the same;
// - calendar-month-p99-vs-health, release-list-p99-vs-health: those p99s over the p99 of
//   `GET /health` under the same load (the baseline: what the server and client cost alone);
// - replicas-throughput-ratio (goal ≥ 1.6): requests per second of the release list built
//   for every request (the replicas' read cache off), with two replicas (25 connections
//   each) over one replica (50 connections); both replicas warmed up, then phases of half
//   the duration in the order one, two, two, the other one, so a steady change in the
//   machine's speed during the run weighs on both;
// - replicas-throughput-ceiling: the most two replicas can serve over one on this machine,
//   from the same run: the cores left to the replicas, PostgreSQL and the load generator over
//   the cores they keep busy while one replica serves (read from /proc; every request costs
//   the same CPU with two), at most 2; replicas-throughput-vs-ceiling is the ratio over it.
//   Where the CPU time went (each replica's main and other threads, PostgreSQL, the load
//   generator) is printed on stderr. Neither is printed where /proc is missing;
// - release-list-replicas-throughput-ratio: the same for the release list as served (kept
//   answers), for information.
// Every request says `Accept-Encoding: gzip`, as browsers do.
//
// Why scale-out is measured with the read cache off: a replica keeps the answers of the
// calendar and the release list and serves them again until a write changes them
// (ReadCache), so a kept list costs a replica less than it costs autocannon to ask for it.
// On this 2-core machine the load generator and PostgreSQL then take the cores before one
// replica is busy, and a second replica cannot add throughput (the second ratio shows it).
// Building the list (what a replica does after every write, and for every page not asked
// for since) is mostly work in the replica: turning rows into releases. That measures what a
// second process adds, and that the replicas share nothing that makes them wait on each
// other. (The calendar built per request is no good measure here: PostgreSQL's share of it
// is large enough that two replicas and the database run out of the two cores.)
// A replica's scheduled tasks are put off, so that a re-check sweep does not fall inside a
// measurement.
import autocannon from 'autocannon';
import knexFactory, { Knex } from 'knex';
import { DateTime } from 'luxon';
import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { aRelease } from '../plugins/releases-backend/src/__testUtils__/releases';
import {
  Replica,
  prepareSchedulerTables,
} from '../plugins/releases-backend/src/__testUtils__/replicaProcess';
import { DatabaseReleaseStore } from '../plugins/releases-backend/src/database';
import { CpuShares, watchCpu } from './cpuTime';

const EVENTS = 2000;
const CIS = 50;
const SECONDS = Number(process.env.STAGEGATE_LOAD_SECONDS ?? 30);
const MONTH = DateTime.fromISO('2031-03-01T00:00:00Z', { zone: 'utc' });
const HEADERS = {
  authorization: mockCredentials.user.header('user:default/rita.release'),
  'accept-encoding': 'gzip',
};

const LATER = { hours: 24 };
/** A replica's environment; `keep` false turns its read cache off. */
const replicaEnv = (keep = true) => ({
  STAGEGATE_REPLICA_COMPONENTS: String(CIS),
  STAGEGATE_REPLICA_RELEASES_CONFIG: JSON.stringify({
    ...(keep ? {} : { readCache: { maxMegabytes: 0 } }),
    conflicts: {
      refreshSchedule: {
        frequency: LATER,
        timeout: { minutes: 5 },
        initialDelay: LATER,
      },
    },
    stages: {
      warningSchedule: {
        frequency: LATER,
        timeout: { minutes: 5 },
        initialDelay: LATER,
      },
    },
  }),
});

function print(name: string, value: number, unit: string) {
  console.log(JSON.stringify({ name, value, unit }));
}

function postgresUrl(): string | undefined {
  const key = Object.keys(process.env).find(k =>
    /^BACKSTAGE_TEST_DATABASE_POSTGRES\d+_CONNECTION_STRING$/.test(k),
  );
  return key ? process.env[key] : undefined;
}

async function freshDatabase(
  url: string,
): Promise<{ knex: Knex; connection: string; drop: () => Promise<void> }> {
  const name = `stagegate_load_${Date.now()}`;
  const admin = knexFactory({ client: 'pg', connection: url });
  await admin.raw(`CREATE DATABASE ${name}`);
  const address = new URL(url);
  address.pathname = `/${name}`;
  const connection = address.toString();
  const knex = knexFactory({ client: 'pg', connection });
  return {
    knex,
    connection,
    drop: async () => {
      await knex.destroy();
      await admin.raw(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.destroy();
    },
  };
}

/** 2,000 releases, each with a two-hour production slot somewhere in the month. */
async function seed(knex: Knex) {
  const store = await DatabaseReleaseStore.create({
    database: mockServices.database({ knex, migrations: { skip: false } }),
  });
  const hours = MONTH.daysInMonth! * 24 - 2;
  for (let i = 0; i < EVENTS; i++) {
    const start = MONTH.plus({ hours: (i * 7919) % hours });
    await store.insertRelease(
      aRelease({
        key: `REL-2031-${String(i + 1).padStart(4, '0')}`,
        entityRefs: [
          i % CIS === 0
            ? 'component:default/payments-api'
            : `component:default/service-${i % CIS}`,
        ],
        schedule: [
          {
            environment: 'production',
            start: start.toISO()!,
            end: start.plus({ hours: 2 }).toISO()!,
            status: 'planned',
          },
        ],
      }),
    );
  }
}

type Load = { p50: number; p99: number; errors: number; rps: number };

type Request = { method: 'GET' } | { method: 'POST'; body: string };

async function load(
  urls: string[],
  connections: number,
  request: Request = { method: 'GET' },
  seconds = SECONDS,
): Promise<Load> {
  const results = await Promise.all(
    urls.map(url =>
      autocannon({
        url,
        connections: Math.round(connections / urls.length),
        duration: seconds,
        // A slow answer is a slow answer, not an error: only a minute counts as a timeout.
        timeout: 60,
        ...request,
        headers:
          request.method === 'POST'
            ? { ...HEADERS, 'content-type': 'application/json' }
            : HEADERS,
      }),
    ),
  );
  return {
    p50: Math.max(...results.map(r => r.latency.p50)),
    p99: Math.max(...results.map(r => r.latency.p99)),
    errors: results.reduce((sum, r) => sum + r.errors + r.non2xx, 0),
    rps: results.reduce((sum, r) => sum + r.requests.average, 0),
  };
}

/** Says on stderr what the measured routes answer, and how big their answers are. */
async function describeAnswers(
  baseUrl: string,
  calendar: string,
  list: string,
) {
  for (const [name, path] of [
    ['calendar', calendar],
    ['release list', list],
  ]) {
    const response = await fetch(`${baseUrl}${path}`, { headers: HEADERS });
    const body = await response.text();
    const events = (JSON.parse(body) as { events?: unknown[] }).events;
    console.error(
      `load: the ${name} answers ${response.status}${
        events ? ` with ${events.length} events` : ''
      }: ${Math.round(
        body.length / 1024,
      )} KiB of JSON, sent with content-encoding ${
        response.headers.get('content-encoding') ?? 'identity'
      }`,
    );
  }
}

/** How the CPU figures name the two replicas, in the order they were started. */
const REPLICA_NAMES = ['first', 'second'] as const;
type ReplicaName = (typeof REPLICA_NAMES)[number];

/** Requests per second with one replica and with two, and where the CPU time went. */
type ScaleOut = {
  one: number;
  two: number;
  errors: number;
  /**
   * With one replica (the first, then the second alone), then with two; undefined where
   * /proc cannot be read.
   */
  cpu?: { one: CpuShares[]; two: CpuShares[] };
};

/**
 * Requests per second of `path` with one replica and with two, the read cache off. Both
 * replicas are started and warmed up first; then phases run on one replica, on both, on
 * both, and on the other one, so a machine that slows down or speeds up steadily during the
 * run weighs on both figures alike. Each figure is the mean of its two phases. Each phase
 * also says where the machine's CPU time went (the replicas' main and other threads,
 * PostgreSQL, this process, which is the load generator).
 */
async function measureScaleOut(
  connection: string,
  replicas: Replica[],
  path: string,
): Promise<ScaleOut> {
  const started = await Promise.allSettled([
    Replica.start(connection, replicaEnv(false)),
    Replica.start(connection, replicaEnv(false)),
  ]);
  // Whatever started is stopped by the caller, even when the other failed to start.
  for (const result of started) {
    if (result.status === 'fulfilled') replicas.push(result.value);
  }
  const failed = started.find(result => result.status === 'rejected');
  if (failed) throw (failed as PromiseRejectedResult).reason;
  const urls = replicas.map(replica => `${replica.baseUrl}${path}`);
  for (const url of urls) await load([url], 10, { method: 'GET' }, 3);
  const [first, second] = REPLICA_NAMES;
  const pids = {
    [first]: replicas[0].pid,
    [second]: replicas[1].pid,
    generator: process.pid,
  };
  const phase = Math.max(Math.round(SECONDS / 2), 3);
  const watched = async (phaseUrls: string[]) => {
    const stop = watchCpu(pids);
    const result = await load(phaseUrls, 50, { method: 'GET' }, phase);
    return { ...result, cpu: stop?.() };
  };
  // One, two, two, one: a steady drift in the machine's speed weighs on both alike.
  const phases = [
    await watched([urls[0]]),
    await watched(urls),
    await watched(urls),
    await watched([urls[1]]),
  ];
  const [firstAlone, firstBoth, secondBoth, secondAlone] = phases;
  const shares = phases.map(p => p.cpu);
  return {
    one: (firstAlone.rps + secondAlone.rps) / 2,
    two: (firstBoth.rps + secondBoth.rps) / 2,
    errors: phases.reduce((sum, p) => sum + p.errors, 0),
    cpu: shares.every(isDefined)
      ? { one: [shares[0], shares[3]], two: [shares[1], shares[2]] }
      : undefined,
  };
}

function isDefined<T>(value: T | undefined): value is T {
  return value !== undefined;
}

function mean(values: number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

/**
 * The most two replicas could serve over one on this machine. Serving with one replica keeps
 * that replica, PostgreSQL and the load generator busy; requests cost the same CPU with two,
 * so the cores they can have (the machine's, less what else ran on it meanwhile) run out at
 * that many times one replica's throughput, and two replicas never serve more than twice
 * one. The mean of the two one-replica phases (the first replica, then the second);
 * undefined when they say nothing was served.
 */
function scaleOutCeiling(alone: CpuShares[]): number | undefined {
  const ceilings = alone.map((share, index) => {
    const replica = REPLICA_NAMES[index];
    const serving =
      share.processes[replica] + share.postgres + share.processes.generator;
    const elsewhere = Math.max(0, share.machine - serving);
    return serving > 0 ? (share.cores - elsewhere) / serving : NaN;
  });
  const ceiling = Math.min(2, mean(ceilings));
  return Number.isFinite(ceiling) && ceiling > 0 ? ceiling : undefined;
}

/** Says on stderr where the CPU time went with one replica and with two. */
function describeCpu(cpu: { one: CpuShares[]; two: CpuShares[] }) {
  const percent = (value: number) => `${Math.round(value * 100)}%`;
  const alone = (share: CpuShares, name: ReplicaName) => {
    const main = share.mainThreads[name];
    return (
      `replica main thread ${percent(main)}, its other threads ` +
      `${percent(share.processes[name] - main)}, PostgreSQL ${percent(
        share.postgres,
      )}, load generator ${percent(
        share.processes.generator,
      )}, machine ${percent(share.machine)} of ${share.cores} cores ` +
      `(stolen ${percent(share.steal)})`
    );
  };
  console.error(
    `load: CPU with one replica: ${alone(cpu.one[0], 'first')}; ` +
      `the other alone: ${alone(cpu.one[1], 'second')}`,
  );
  for (const [index, both] of cpu.two.entries()) {
    console.error(
      `load: CPU with two replicas (phase ${
        index + 1
      } of 2): main threads ${percent(both.mainThreads.first)} and ${percent(
        both.mainThreads.second,
      )}, PostgreSQL ${percent(both.postgres)}, load generator ${percent(
        both.processes.generator,
      )}, machine ${percent(both.machine)} of ${
        both.cores
      } cores (stolen ${percent(both.steal)})`,
    );
  }
}

async function main() {
  const url = postgresUrl();
  if (!url) {
    console.error(
      'load: skipped: no BACKSTAGE_TEST_DATABASE_POSTGRES<version>_CONNECTION_STRING (scripts/ensure-postgres.sh provides one)',
    );
    return;
  }
  const database = await freshDatabase(url);
  const replicas: Replica[] = [];
  try {
    await seed(database.knex);
    await prepareSchedulerTables(database.knex);
    replicas.push(await Replica.start(database.connection, replicaEnv()));
    const [one] = replicas;
    const calendar = `/calendar?${new URLSearchParams({
      from: MONTH.toISO()!,
      to: MONTH.plus({ months: 1 }).toISO()!,
    })}`;
    const list = '/releases?limit=100';
    await describeAnswers(one.baseUrl, calendar, list);
    // Warm-up, so the first measurement does not pay for the first reads.
    await load([`${one.baseUrl}${calendar}`], 10, { method: 'GET' }, 3);

    const health = await load([`${one.baseUrl}/health`], 50);
    const month = await load([`${one.baseUrl}${calendar}`], 50);
    const releases = await load([`${one.baseUrl}${list}`], 50);
    print('calendar-month-p50-ms', month.p50, 'ms');
    print('calendar-month-p99-ms', month.p99, 'ms');
    print('calendar-month-errors', month.errors, 'responses');
    print(
      'calendar-month-p99-vs-health',
      month.p99 / Math.max(health.p99, 1),
      'ratio',
    );
    print('release-list-p50-ms', releases.p50, 'ms');
    print('release-list-p99-ms', releases.p99, 'ms');
    print('release-list-errors', releases.errors, 'responses');
    print(
      'release-list-p99-vs-health',
      releases.p99 / Math.max(health.p99, 1),
      'ratio',
    );

    replicas.push(await Replica.start(database.connection, replicaEnv()));
    const listOnBoth = await load(
      replicas.map(replica => `${replica.baseUrl}${list}`),
      50,
    );
    print(
      'release-list-replicas-throughput-ratio',
      listOnBoth.rps / releases.rps,
      'ratio',
    );
    await Promise.all(replicas.splice(0).map(replica => replica.stop()));

    // Scale-out, on answers built for every request.
    const scaleOut = await measureScaleOut(database.connection, replicas, list);
    const ratio = scaleOut.two / scaleOut.one;
    print('replicas-throughput-ratio', ratio, 'ratio');
    if (scaleOut.cpu) {
      const ceiling = scaleOutCeiling(scaleOut.cpu.one);
      if (ceiling) {
        print('replicas-throughput-ceiling', ceiling, 'ratio');
        print('replicas-throughput-vs-ceiling', ratio / ceiling, 'ratio');
      }
      describeCpu(scaleOut.cpu);
    }
    console.error(
      `load: release list built per request ${scaleOut.one.toFixed(
        1,
      )} req/s on one ` +
        `replica, ${scaleOut.two.toFixed(1)} on two (errors ${
          scaleOut.errors
        }); kept release list ${releases.rps.toFixed(0)} req/s on one, ` +
        `${listOnBoth.rps.toFixed(0)} on two (errors ${listOnBoth.errors})`,
    );
  } finally {
    await Promise.all(replicas.map(replica => replica.stop()));
    await database.drop();
  }
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
