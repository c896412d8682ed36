import { TestBackend } from '@backstage/backend-test-utils';
import { Knex } from 'knex';
import {
  asUser,
  createTestDatabases,
  startReleasesTestBackend,
} from '../__testUtils__';
import { checkDatabaseInvariants } from '../__testUtils__/fuzz/dbInvariants';
import { createFuzzContext } from '../__testUtils__/fuzz/fuzzContext';
import { runFuzz } from '../__testUtils__/fuzz/runFuzz';
import { specOperations } from '../__testUtils__/specOperations';

jest.setTimeout(900_000);

const databases = createTestDatabases();
const engines = databases.eachSupportedId();
const oscar = asUser('oscar.owner');

/** At least 5,000 requests per run of the suite, shared between the engines. */
const REQUESTS_PER_ENGINE = Number(
  process.env.STAGEGATE_FUZZ_REQUESTS ?? Math.ceil(5000 / engines.length),
);

/** A fixed seed per engine, so a failure can be replayed; override to explore. */
const SEED = Number(process.env.STAGEGATE_FUZZ_SEED ?? 20261122);

describe.each(engines)(
  'every route of the spec, fuzzed with generated bodies, queries and paths (%s)',
  databaseId => {
    let backend: TestBackend;
    let knex: Knex;

    beforeAll(async () => {
      knex = await databases.init(databaseId);
      backend = await startReleasesTestBackend({
        databases,
        databaseId,
        releasesKnex: knex,
      });
    });

    afterAll(async () => {
      await backend?.stop();
    });

    it('never answers 5xx, names the field in every 400, and leaves the database whole', async () => {
      const report = await runFuzz({
        server: backend.server,
        operations: specOperations(),
        context: await createFuzzContext(backend.server, oscar),
        authorization: oscar,
        count: REQUESTS_PER_ENGINE,
        seed: SEED,
      });
      if (process.env.STAGEGATE_FUZZ_PROFILE) {
        // eslint-disable-next-line no-console
        console.log(JSON.stringify(report.msByOperation, null, 1));
      }
      expect(report.requests).toBe(REQUESTS_PER_ENGINE);
      // Enough of the requests must get past validation, or the fuzzing tests only parsers.
      const accepted = Object.entries(report.byStatus)
        .filter(([status]) => Number(status) < 300)
        .reduce((sum, [, n]) => sum + n, 0);
      expect(accepted).toBeGreaterThan(REQUESTS_PER_ENGINE * 0.1);
      expect(report.violations.slice(0, 10)).toEqual([]);
      expect(report.fiveHundreds).toBe(0);
      expect(await checkDatabaseInvariants(knex)).toEqual([]);
    });
  },
);
