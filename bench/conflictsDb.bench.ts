/* eslint-disable no-console */
// Benchmark of one online conflict check through the backend, as `POST /conflicts/check` runs
// it, against the synthetic forward schedule of changes of syntheticFsc.ts stored in a real
// database: SQLite (better-sqlite3, on a file) and PostgreSQL when one is reachable the way
// the tests reach it (a BACKSTAGE_TEST_DATABASE_POSTGRES<version>_CONNECTION_STRING, which
// bench/run.sh gets from scripts/ensure-postgres.sh); without one it says so on stderr and
// measures SQLite alone.
//
// The schema comes from the backend's own migrations. Releases, changes and their CIs are
// loaded with bulk inserts (row for row what the stores write), the 200 windows through the
// window store. Each check then goes through the real code path: the request body parsed
// with the route's schema, then ScheduleService.checkConflicts of services wired by
// createReleasesServices, with the CI snapshot read from a catalog of the 10,000 synthetic
// CIs. Every check's conflicts are cross-checked against the in-memory engine on the whole
// schedule, so the figures are for right answers.
//
// Figures per database, each with a baseline measured in the same run:
// - conflict-check-p95-ms-<db>: the 95th percentile of 200 checks of random slots;
// - conflict-check-<db>-vs-select: that, over the p95 of a trivial indexed SELECT (one
//   release by id) on the same database;
// - conflict-check-<db>-vs-memory: that, over the p95 of the same checks against the
//   schedule indexed in memory with the windows prepared once.
// A profile of the steps a check takes (database reads, window expansion, index, engine)
// goes to stderr.
import { DatabaseService } from '@backstage/backend-plugin-api';
import { mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { createConditionTransformer } from '@backstage/plugin-permission-node';
import {
  CI_KINDS,
  ChangeWindowSpec,
  CiGraph,
  Conflict,
  ConflictCheckRequest,
  ConflictCi,
  MAX_PAGE_SIZE,
  Release,
  ScheduleIndex,
  ScheduledItem,
  checkScheduleConflicts,
  conflictCheckSchema,
  prepareConflictWindows,
} from '@stagegate/plugin-releases-common';
import { randomUUID } from 'crypto';
import fs from 'fs';
import knexFactory, { Knex } from 'knex';
import os from 'os';
import path from 'path';
import { performance } from 'perf_hooks';
import { createDatabaseStores } from '../plugins/releases-backend/src/database';
import { releaseColumns } from '../plugins/releases-backend/src/database/releaseWrites';
import { toDbTimestamp } from '../plugins/releases-backend/src/database/timestamps';
import { releaseRuleset } from '../plugins/releases-backend/src/permissions';
import { createReleasesServices } from '../plugins/releases-backend/src/services';
import {
  changeItem,
  slotItem,
} from '../plugins/releases-backend/src/services/ScheduleService';
import { emit } from './measure';
import { SyntheticFsc, environments, p95, syntheticFsc } from './syntheticFsc';

const CHECKS = 200;
const WARM_UP = 20;
const SELECTS = 500;
const BATCH = 500;
const CREATED_AT = '2025-12-01T09:00:00.000Z';
const CREATED_BY = 'user:default/bench';

type Stores = Awaited<ReturnType<typeof createDatabaseStores>>;

/** The 10,000 synthetic CIs as the catalog would return them, with their relations. */
function catalogEntities(fsc: SyntheticFsc): Entity[] {
  const relations = new Map<string, Entity['relations']>();
  for (const edge of fsc.edges) {
    const list = relations.get(edge.source) ?? [];
    list.push({ type: edge.type, targetRef: edge.target });
    relations.set(edge.source, list);
  }
  return [...fsc.cis.values()].map(ci => ({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name: ci.entityRef.split('/')[1],
      namespace: 'default',
      annotations: {
        'stagegate.dev/ci-class': ci.ciClass,
        ...(ci.criticality
          ? { 'stagegate.dev/criticality': ci.criticality }
          : {}),
      },
    },
    spec: { type: 'service', owner: 'group:default/team-0', system: ci.system },
    relations: relations.get(ci.entityRef) ?? [],
  }));
}

/** A scheduled item of kind `release` as the release it stands for. */
function releaseOf(item: ScheduledItem, index: number): Release {
  return {
    id: item.id,
    key: `REL-B-${index}`,
    title: item.title,
    description: '',
    unitType: 'delta',
    category: item.category ?? 'scheduled',
    status: item.status as Release['status'],
    entityRefs: [...new Set(item.entityRefs)],
    owner: item.owner,
    schedule: [
      {
        environment: item.environment,
        start: item.start,
        end: item.end,
        status: 'planned',
      },
    ],
    revision: 1,
    createdAt: CREATED_AT,
    updatedAt: CREATED_AT,
    createdBy: CREATED_BY,
  };
}

const CHANGE_STATUS: Record<string, string> = {
  planning: 'planned',
  approved: 'planned',
  deployed: 'done',
  cancelled: 'cancelled',
};

async function insertAll(
  trx: Knex.Transaction,
  table: string,
  rows: object[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) {
    await trx(table).insert(rows.slice(i, i + BATCH));
  }
}

/** Loads the schedule: bulk inserts for releases and changes, the store for windows. */
async function load(knex: Knex, stores: Stores, fsc: SyntheticFsc) {
  const created = toDbTimestamp(CREATED_AT);
  const releases = fsc.items
    .filter(item => item.kind === 'release')
    .map(releaseOf);
  const changes = fsc.items.filter(item => item.kind === 'change');
  await knex.transaction(async trx => {
    await insertAll(
      trx,
      'releases',
      releases.map(release => ({
        id: release.id,
        ...releaseColumns(release),
        created_at: created,
        created_by: CREATED_BY,
      })),
    );
    await insertAll(
      trx,
      'release_entities',
      releases.flatMap(release =>
        release.entityRefs.map((entityRef, position) => ({
          release_id: release.id,
          entity_ref: entityRef,
          position,
          owner_ref: null,
        })),
      ),
    );
    await insertAll(
      trx,
      'release_slots',
      releases.flatMap(release =>
        release.schedule.map(slot => ({
          release_id: release.id,
          environment: slot.environment,
          start_at: toDbTimestamp(slot.start),
          end_at: toDbTimestamp(slot.end),
          actual_start_at: null,
          actual_end_at: null,
          status: slot.status,
        })),
      ),
    );
    await insertAll(
      trx,
      'changes',
      changes.map(change => ({
        id: change.id,
        title: change.title,
        description: '',
        environment: change.environment,
        start_at: toDbTimestamp(change.start),
        end_at: toDbTimestamp(change.end),
        status: CHANGE_STATUS[change.status ?? 'planning'],
        category: change.category ?? 'scheduled',
        owner: change.owner ?? null,
        source: 'api',
        external_id: null,
        rfc_id: null,
        rfc_url: null,
        revision: 1,
        created_by: CREATED_BY,
        created_at: created,
        updated_at: created,
      })),
    );
    await insertAll(
      trx,
      'change_entities',
      changes.flatMap(change =>
        [...new Set(change.entityRefs)].map(entityRef => ({
          change_id: change.id,
          entity_ref: entityRef,
        })),
      ),
    );
  });
  for (const source of fsc.sources) {
    await stores.windows.insertWindow({
      id: source.id,
      title: source.title,
      description: '',
      spec: {
        ...source.spec,
        owner: 'group:default/release-managers',
      } as ChangeWindowSpec,
      createdBy: CREATED_BY,
      createdAt: CREATED_AT,
    });
  }
}

/** What a conflict is about, without its wording: what the cross-check compares. */
const essence = (conflicts: Conflict[]) =>
  conflicts
    .map(
      c =>
        `${c.type} ${c.other.kind}:${c.other.id} ${c.entityRefs.join(',')} ${
          c.interval.start
        } ${c.interval.end}`,
    )
    .sort();

async function timeAsync(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (values: number[]) =>
  `${median(values).toFixed(1)}/${p95(values).toFixed(1)}`;

/**
 * Times the steps of a check one by one, with the stores and the pure engine, to show where
 * the time goes: reading the release slots and changes of the slot's environment and period,
 * reading the windows, expanding them over the period (which the service does once and
 * reuses), indexing the items read, and the engine's check.
 */
async function profile(
  stores: Stores,
  snapshot: { cis: ReadonlyMap<string, ConflictCi>; graph: CiGraph },
  requests: ConflictCheckRequest[],
): Promise<string> {
  const steps = {
    releasesRead: [] as number[],
    changesRead: [] as number[],
    windowsRead: [] as number[],
    expand: [] as number[],
    index: [] as number[],
    engine: [] as number[],
    itemsRead: [] as number[],
  };
  for (const request of requests) {
    const period = { start: request.start, end: request.end };
    const items: ScheduledItem[] = [];
    const where = { from: period.start, to: period.end };
    steps.releasesRead.push(
      await timeAsync(async () => {
        const slots = await stores.releases.listSlotsBetween(where, [
          request.environment,
        ]);
        items.push(...slots.map(slotItem));
      }),
    );
    steps.changesRead.push(
      await timeAsync(async () => {
        const changes = await stores.changes.listChanges({
          ...where,
          environment: [request.environment],
          limit: MAX_PAGE_SIZE,
        });
        items.push(...changes.items.map(changeItem));
      }),
    );
    steps.itemsRead.push(items.length);
    let sources: Awaited<ReturnType<Stores['windows']['listWindows']>> = [];
    steps.windowsRead.push(
      await timeAsync(async () => {
        sources = await stores.windows.listWindows();
      }),
    );
    let windows: ReturnType<typeof prepareConflictWindows> = [];
    steps.expand.push(
      await timeAsync(async () => {
        windows = prepareConflictWindows(sources, period);
      }),
    );
    let schedule = ScheduleIndex.fromItems([]);
    steps.index.push(
      await timeAsync(async () => {
        schedule = ScheduleIndex.fromItems(items);
      }),
    );
    steps.engine.push(
      await timeAsync(async () => {
        checkScheduleConflicts(
          {
            id: 'dry-run',
            kind: 'release',
            title: 'Slot being checked',
            ...request,
          },
          {
            environments,
            relatedDepth: 1,
            cis: snapshot.cis,
            graph: snapshot.graph,
            windows,
            schedule,
          },
        );
      }),
    );
  }
  return `median/p95 ms: releases read ${ms(
    steps.releasesRead,
  )}, changes read ${ms(steps.changesRead)} (${median(
    steps.itemsRead,
  )} items in all), windows read ${ms(
    steps.windowsRead,
  )}, windows expanded over the slot alone ${ms(
    steps.expand,
  )} (the service expands once over the coming year and reuses it), index ${ms(
    steps.index,
  )}, engine ${ms(steps.engine)}`;
}

/** Loads and measures one database; throws when an answer differs from the in-memory engine. */
async function measure(
  name: string,
  knex: Knex,
  fsc: SyntheticFsc,
  requests: ConflictCheckRequest[],
  expected: string[][],
  memoryP95: number,
): Promise<void> {
  const database: DatabaseService = {
    getClient: async () => knex,
    migrations: { skip: false },
  };
  const started = performance.now();
  const stores = await createDatabaseStores({ database });
  await load(knex, stores, fsc);
  if (knex.client.config.client === 'pg') {
    // Planner statistics, as autovacuum would have gathered them on a database in use.
    await knex.raw('ANALYZE');
  }
  const loadedMs = performance.now() - started;
  // Every store the plugin has, as the plugin wires them (new stores come along as they are).
  const services = createReleasesServices({
    ...stores,
    store: stores.releases,
    catalog: catalogServiceMock({ entities: catalogEntities(fsc) }),
    auth: mockServices.auth(),
    permissions: mockServices.permissions(),
    userInfo: mockServices.userInfo(),
    logger: mockServices.rootLogger({ level: 'error' }),
    transformConditions: createConditionTransformer(releaseRuleset),
    config: {
      environments,
      ciKinds: CI_KINDS,
      graphMaxAgeMs: 60_000,
      readCacheMaxBytes: 0,
      relatedDepth: 1,
    },
  });
  const snapshot = await services.snapshots.get();
  const check = (request: ConflictCheckRequest) =>
    services.schedule.checkConflicts(conflictCheckSchema.parse(request));

  for (const request of requests.slice(0, WARM_UP)) await check(request);
  const checkMs: number[] = [];
  for (const [i, request] of requests.entries()) {
    let conflicts: Conflict[] = [];
    checkMs.push(
      await timeAsync(async () => {
        conflicts = await check(request);
      }),
    );
    const actual = essence(conflicts);
    if (actual.join('\n') !== expected[i].join('\n')) {
      throw new Error(
        `${name}: check ${i} disagrees with the in-memory engine:\n  got      ${actual.join(
          '\n           ',
        )}\n  expected ${expected[i].join('\n           ')}`,
      );
    }
  }

  const ids = fsc.items
    .filter(item => item.kind === 'release')
    .map(item => item.id);
  const selectMs: number[] = [];
  for (let i = 0; i < SELECTS; i++) {
    const id = ids[(i * 7919) % ids.length];
    selectMs.push(
      await timeAsync(() => knex('releases').where({ id }).first('id')),
    );
  }

  const cis = new Map(snapshot.cis.map(ci => [ci.entityRef, ci]));
  console.error(
    `${name}: loaded in ${(loadedMs / 1000).toFixed(1)} s; conflicts found in ${
      expected.filter(e => e.length > 0).length
    } of ${requests.length} checks, all as in memory; profile ${await profile(
      stores,
      { cis, graph: snapshot.graph },
      requests,
    )}`,
  );
  const checkP95 = p95(checkMs);
  emit(`conflict-check-p95-ms-${name}`, checkP95, 'ms');
  emit(`conflict-check-${name}-vs-select`, checkP95 / p95(selectMs), 'ratio');
  emit(`conflict-check-${name}-vs-memory`, checkP95 / memoryP95, 'ratio');
}

function postgresConnection(): string | undefined {
  const key = Object.keys(process.env)
    .filter(k =>
      /^BACKSTAGE_TEST_DATABASE_POSTGRES\d+_CONNECTION_STRING$/.test(k),
    )
    .sort()
    .pop();
  return key ? process.env[key] : undefined;
}

async function onSqlite(run: (knex: Knex) => Promise<void>) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stagegate-bench-'));
  const knex = knexFactory({
    client: 'better-sqlite3',
    connection: { filename: path.join(dir, 'releases.sqlite') },
    useNullAsDefault: true,
  });
  try {
    await run(knex);
  } finally {
    await knex.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function onPostgres(
  connection: string,
  run: (knex: Knex) => Promise<void>,
) {
  const name = `stagegate_bench_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  const admin = knexFactory({ client: 'pg', connection });
  await admin.raw('CREATE DATABASE ??', [name]);
  const url = new URL(connection);
  url.pathname = `/${name}`;
  const knex = knexFactory({ client: 'pg', connection: url.toString() });
  try {
    await run(knex);
  } finally {
    await knex.destroy();
    await admin.raw('DROP DATABASE IF EXISTS ??', [name]);
    await admin.destroy();
  }
}

async function main() {
  const fsc = syntheticFsc();
  const candidates = fsc.candidates(CHECKS);
  const requests: ConflictCheckRequest[] = candidates.map(c =>
    conflictCheckSchema.parse({
      entityRefs: c.entityRefs,
      environment: c.environment,
      start: c.start,
      end: c.end,
      category: c.category,
      owner: c.owner,
    }),
  );

  // The reference: the same checks against the whole schedule indexed in memory, with the
  // windows prepared once over the year and the same CIs and graph.
  const context = {
    environments,
    relatedDepth: 1,
    cis: fsc.cis,
    graph: CiGraph.fromEdges(fsc.edges),
    windows: fsc.windows,
    schedule: ScheduleIndex.fromItems(fsc.items),
  };
  const dryRun = (request: ConflictCheckRequest): ScheduledItem => ({
    id: 'dry-run',
    kind: 'release',
    title: 'Slot being checked',
    ...request,
  });
  const expected = requests.map(r =>
    essence(checkScheduleConflicts(dryRun(r), context)),
  );
  const memoryMs = requests.map(r => {
    const start = performance.now();
    checkScheduleConflicts(dryRun(r), context);
    return performance.now() - start;
  });
  const memoryP95 = p95(memoryMs);

  await onSqlite(knex =>
    measure('sqlite', knex, fsc, requests, expected, memoryP95),
  );
  const postgres = postgresConnection();
  if (postgres) {
    await onPostgres(postgres, knex =>
      measure('postgres', knex, fsc, requests, expected, memoryP95),
    );
  } else {
    console.error(
      'conflict-check on PostgreSQL skipped: no BACKSTAGE_TEST_DATABASE_POSTGRES<version>_CONNECTION_STRING is set, and scripts/ensure-postgres.sh could not start a local PostgreSQL',
    );
  }
}

main().catch(error => {
  // A failed bulk insert's message holds the whole statement: keep the start of it.
  console.error(String(error?.stack ?? error).slice(0, 2000));
  process.exit(1);
});
