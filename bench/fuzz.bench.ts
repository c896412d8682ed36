/* eslint-disable no-console */
// Fuzzing of every route of the releases API, as the Jest suite does it, with more requests:
// a backend with the real catalog on SQLite, requests generated with fast-check from the
// OpenAPI spec (bodies, queries and paths bent one part at a time), every answer judged
// (no 5xx; a 400 names what was bent), and the database invariants checked afterwards.
//
// Figures:
// - fuzz-requests: how many requests were sent;
// - fuzz-5xx: how many answered 5xx (goal 0);
// - fuzz-violations: 5xx plus 400s that do not name their field (goal 0);
// - fuzz-db-invariant-problems: orphan rows, history out of step, half-written releases (goal 0).
import { mockServices } from '@backstage/backend-test-utils';
import knexFactory from 'knex';
import {
  asUser,
  startReleasesTestBackend,
} from '../plugins/releases-backend/src/__testUtils__';
import { createFuzzContext } from '../plugins/releases-backend/src/__testUtils__/fuzz/fuzzContext';
import { checkDatabaseInvariants } from '../plugins/releases-backend/src/__testUtils__/fuzz/dbInvariants';
import { runFuzz } from '../plugins/releases-backend/src/__testUtils__/fuzz/runFuzz';
import { specOperations } from '../plugins/releases-backend/src/__testUtils__/specOperations';

const REQUESTS = Number(process.env.STAGEGATE_FUZZ_REQUESTS ?? 5000);
const SEED = Number(process.env.STAGEGATE_FUZZ_SEED ?? Date.now() % 2 ** 31);

function print(name: string, value: number, unit: string) {
  console.log(JSON.stringify({ name, value, unit }));
}

async function main() {
  const knex = knexFactory({
    client: 'better-sqlite3',
    connection: ':memory:',
    useNullAsDefault: true,
  });
  const backend = await startReleasesTestBackend({
    releasesKnex: knex,
    features: [mockServices.rootLogger.factory({ level: 'error' })],
  });
  const oscar = asUser('oscar.owner');
  const report = await runFuzz({
    server: backend.server,
    operations: specOperations(),
    context: await createFuzzContext(backend.server, oscar),
    authorization: oscar,
    count: REQUESTS,
    seed: SEED,
  });
  const problems = await checkDatabaseInvariants(knex);
  console.error(
    `fuzz: seed ${report.seed}; answers by status ${JSON.stringify(
      report.byStatus,
    )}`,
  );
  for (const violation of report.violations.slice(0, 5)) {
    console.error(
      `fuzz: ${violation.why}: ${JSON.stringify(violation.request)} → ${
        violation.message
      }`,
    );
  }
  for (const problem of problems.slice(0, 5)) console.error(`fuzz: ${problem}`);
  print('fuzz-requests', report.requests, 'requests');
  print('fuzz-5xx', report.fiveHundreds, 'responses');
  print('fuzz-violations', report.violations.length, 'responses');
  print('fuzz-db-invariant-problems', problems.length, 'problems');
  await backend.stop();
  await knex.destroy();
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
