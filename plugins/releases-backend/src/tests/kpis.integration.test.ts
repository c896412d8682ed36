import { TestBackend, mockServices } from '@backstage/backend-test-utils';
import {
  Conflict,
  KPI_FIGURE_NAMES,
  KpiFigures,
  KpiReport,
  emptyKpiFigures,
  Release,
  historyEntryFor,
} from '@stagegate/plugin-releases-common';
import { parse as parseCsv } from 'csv-parse/sync';
import { Knex } from 'knex';
import request from 'supertest';
import {
  aRelease,
  asUser,
  createTestDatabases,
  startReleasesTestBackend,
} from '../__testUtils__';
import { permissionsLimiting } from '../__testUtils__/limitedPermissions';
import {
  DatabaseDeploymentStore,
  DatabaseReleaseStore,
  NewRelease,
} from '../database';

jest.setTimeout(180_000);

const databases = createTestDatabases();
const rita = asUser('rita.release');
const sam = asUser('sam.service');
const SAM = 'user:default/sam.service';
const APPROVER = 'user:default/andy.approver';
const PAYMENTS_TEAM = 'group:default/payments-team';
const STOREFRONT_TEAM = 'group:default/storefront-team';
const paymentsApi = 'component:default/payments-api';
const paymentsWorker = 'component:default/payments-worker';
const checkoutService = 'component:default/checkout-service';

/** An instant of 2026 in UTC, as `MM-DDTHH:mm`. */
const t = (when: string) => `2026-${when}:00Z`;
const hoursBefore = (iso: string, hours: number) =>
  new Date(Date.parse(iso) - hours * 3_600_000).toISOString();

type Implemented = {
  status: Release['status'];
  createdAt: string;
  plannedEnd: string;
  actualEnd: string;
  unitType?: Release['unitType'];
  category?: Release['category'];
  owner?: string;
  entityRef?: string;
  rfc?: boolean;
  /** The approving gate decision, and the test results recorded before it. */
  approval?: { gate: 'cab' | 'ecab'; at: string; tests: boolean[] };
  pir?: boolean;
  backoutOutcome?: Release['backoutOutcome'];
  incidents?: string[];
};

/** A release that reached production: its production slot ended at `actualEnd`. */
function implemented(spec: Implemented): NewRelease {
  const approval = spec.approval;
  return aRelease({
    status: spec.status,
    createdAt: spec.createdAt,
    unitType: spec.unitType ?? 'delta',
    category: spec.category ?? 'scheduled',
    owner: spec.owner ?? PAYMENTS_TEAM,
    entityRefs: [spec.entityRef ?? paymentsApi],
    rfc: spec.rfc === false ? undefined : { id: 'RFC-1' },
    schedule: [
      {
        environment: 'production',
        start: hoursBefore(spec.plannedEnd, 2),
        end: spec.plannedEnd,
        actualStart: hoursBefore(spec.actualEnd, 1),
        actualEnd: spec.actualEnd,
        status: 'done',
      },
    ],
    approvals: approval
      ? [
          {
            gate: approval.gate,
            decision: 'approve',
            by: APPROVER,
            at: approval.at,
          },
        ]
      : [],
    testResults: approval?.tests.map((passed, index) => ({
      name: 'smoke',
      passed,
      recordedAt: hoursBefore(approval.at, approval.tests.length - index),
      recordedBy: 'user:default/tess.tester',
    })),
    pirOutcome: spec.pir
      ? { outcome: 'successful', notes: 'As planned' }
      : undefined,
    backoutOutcome: spec.backoutOutcome,
    incidents: spec.incidents?.map(recordedAt => ({
      id: `INC-${recordedAt}`,
      recordedAt,
    })),
  });
}

function conflict(id: string): Conflict {
  return {
    id,
    type: 'ci-overlap',
    severity: 'medium',
    enforcement: 'warn',
    itemId: 'x',
    other: { kind: 'change', id: `change-${id}`, title: 'Other work' },
    entityRefs: [paymentsApi],
    environment: 'production',
    interval: { start: t('04-01T10:00'), end: t('04-01T11:00') },
    message: 'Overlaps other work',
  };
}

/** Every figure zero, with some set. */
const figures = (some: Partial<KpiFigures> = {}): KpiFigures => ({
  ...emptyKpiFigures(),
  ...some,
});

/** The figures of Sam's two releases: r4 (backed out, and that failed) and r12. */
const SAMS_RELEASES = figures({
  implemented: 2,
  withoutRfc: 1,
  withoutPir: 1,
  incidentsCaused: 2,
  minorReleases: 2,
  backedOut: 1,
  backoutPercent: 50,
  failedBackouts: 1,
  failedBackoutPercent: 100,
});

const PERIOD = { from: t('03-01T00:00'), to: t('05-01T00:00') };

describe.each(databases.eachSupportedId())(
  'GET /kpis against hand-computed fixtures (%s)',
  databaseId => {
    let backend: TestBackend;
    let knex: Knex;
    let store: DatabaseReleaseStore;
    const ids: Record<string, string> = {};

    const api = (method: 'get' | 'post' | 'patch', path: string, as = rita) =>
      request(backend.server)
        [method](`/api/releases${path}`)
        .set('Authorization', as);

    const kpis = async (
      query: Record<string, string> = {},
      as = rita,
    ): Promise<KpiReport> =>
      (
        await api(
          'get',
          `/kpis?${new URLSearchParams({ ...PERIOD, ...query })}`,
          as,
        ).expect(200)
      ).body;

    async function insert(name: string, release: NewRelease) {
      ids[name] = (await store.insertRelease(release)).id;
    }

    /** Moves a stored release on, with its history entry, at a given time. */
    async function move(name: string, at: string, change: Partial<Release>) {
      const before = (await store.getRelease(ids[name]))!;
      const after: Release = {
        ...before,
        ...change,
        revision: before.revision + 1,
        updatedAt: at,
      };
      const entry = historyEntryFor(before, after, {
        action: 'transitioned',
        by: 'user:default/rita.release',
        at,
      });
      await store.saveChanges([{ before, after, entry }]);
    }

    beforeAll(async () => {
      knex = await databases.init(databaseId);
      backend = await startReleasesTestBackend({
        databases,
        databaseId,
        releasesKnex: knex,
        // Everyone reads every release, except Sam, who reads only those he owns (in SQL).
        permissions: permissionsLimiting(SAM, { readsOnlyOwn: true }),
      });
      store = await DatabaseReleaseStore.create({
        database: mockServices.database({ knex, migrations: { skip: true } }),
      });

      // Implemented in March: on time with a PIR; late, untested, without RFC or PIR; an
      // emergency package with no tests at all.
      await insert(
        'r1',
        implemented({
          status: 'closed',
          createdAt: t('02-20T00:00'),
          plannedEnd: t('03-03T12:00'),
          actualEnd: t('03-03T11:00'),
          approval: { gate: 'cab', at: t('03-02T09:00'), tests: [true] },
          pir: true,
        }),
      );
      await insert(
        'r2',
        implemented({
          status: 'deployed',
          unitType: 'full',
          createdAt: t('03-01T00:00'),
          plannedEnd: t('03-10T12:00'),
          actualEnd: t('03-10T14:00'),
          rfc: false,
          approval: { gate: 'cab', at: t('03-09T09:00'), tests: [true, false] },
          incidents: [t('03-11T08:00')],
        }),
      );
      await insert(
        'r3',
        implemented({
          status: 'review',
          unitType: 'package',
          category: 'emergency',
          owner: STOREFRONT_TEAM,
          entityRef: checkoutService,
          createdAt: t('03-19T20:00'),
          plannedEnd: t('03-20T03:00'),
          actualEnd: t('03-20T02:00'),
          approval: { gate: 'ecab', at: t('03-19T21:00'), tests: [] },
        }),
      );
      // Implemented in April: two backed out (one backout failed, one late), and Sam's.
      await insert(
        'r4',
        implemented({
          status: 'backed_out',
          owner: SAM,
          createdAt: t('03-26T10:00'),
          plannedEnd: t('04-02T11:00'),
          actualEnd: t('04-02T10:00'),
          approval: { gate: 'cab', at: t('03-30T09:00'), tests: [true] },
          backoutOutcome: 'failed',
        }),
      );
      await insert(
        'r5',
        implemented({
          status: 'backed_out',
          category: 'unscheduled',
          createdAt: t('04-01T09:00'),
          plannedEnd: t('04-08T08:00'),
          actualEnd: t('04-08T09:00'),
          approval: { gate: 'cab', at: t('04-07T09:00'), tests: [false, true] },
          backoutOutcome: 'succeeded',
        }),
      );
      await insert(
        'r12',
        implemented({
          status: 'deployed',
          owner: SAM,
          createdAt: t('04-27T10:00'),
          plannedEnd: t('04-28T12:00'),
          actualEnd: t('04-28T10:00'),
          rfc: false,
          approval: { gate: 'cab', at: t('04-27T12:00'), tests: [true] },
          incidents: [t('04-29T10:00'), t('04-30T10:00')],
        }),
      );
      // Outside the period: implemented the day before it, and at its (exclusive) end. The
      // first still caused an incident in the period.
      await insert(
        'r8',
        implemented({
          status: 'deployed',
          createdAt: t('02-01T00:00'),
          plannedEnd: t('02-27T12:00'),
          actualEnd: t('02-27T12:00'),
          pir: true,
          incidents: [t('03-05T10:00')],
        }),
      );
      await insert(
        'r9',
        implemented({
          status: 'closed',
          createdAt: t('04-01T00:00'),
          plannedEnd: t('05-01T00:00'),
          actualEnd: t('05-01T00:00'),
          pir: true,
        }),
      );
      // Failed: one moved to failed while deploying, one whose production slot failed.
      await insert(
        'r6',
        aRelease({
          status: 'deploying',
          unitType: 'full',
          createdAt: t('04-10T00:00'),
          schedule: [
            {
              environment: 'production',
              start: t('04-15T10:00'),
              end: t('04-15T12:00'),
              actualStart: t('04-15T10:00'),
              status: 'in_progress',
            },
          ],
        }),
      );
      await move('r6', t('04-15T12:00'), { status: 'failed' });
      await insert(
        'r7',
        aRelease({
          status: 'deploying',
          createdAt: t('04-10T00:00'),
          schedule: [
            {
              environment: 'production',
              start: t('04-22T10:00'),
              end: t('04-22T12:00'),
              actualStart: t('04-22T10:00'),
              actualEnd: t('04-22T10:30'),
              status: 'failed',
            },
          ],
        }),
      );
      // Conflicts caught while planning (two, then one more; a repeat counts once), and
      // one found after approval, which the CAB did not get to catch.
      await insert(
        'r10',
        aRelease({
          status: 'planning',
          createdAt: t('03-01T00:00'),
          checkedConflicts: {
            items: [conflict('a'), conflict('b')],
            checkedAt: t('03-04T10:00'),
          },
        }),
      );
      await store.refreshConflicts(
        new Map([
          [
            ids.r10,
            {
              items: [conflict('a'), conflict('b'), conflict('c')],
              checkedAt: t('03-12T10:00'),
            },
          ],
        ]),
      );
      await insert(
        'r11',
        aRelease({
          status: 'approved',
          createdAt: t('03-01T00:00'),
          checkedConflicts: {
            items: [conflict('d')],
            checkedAt: t('03-05T10:00'),
          },
        }),
      );

      // Deployments: two unauthorized production implementations count; a `started` report,
      // a test environment and an authorized deployment do not.
      const report = (body: object) =>
        api('post', '/deployments').send(body).expect(201);
      await report({
        entityRef: paymentsWorker,
        environment: 'production',
        status: 'started',
        at: t('03-15T08:55'),
      });
      await report({
        entityRef: paymentsWorker,
        environment: 'production',
        status: 'succeeded',
        at: t('03-15T09:00'),
      });
      await report({
        entityRef: paymentsWorker,
        environment: 'sit',
        status: 'succeeded',
        at: t('03-15T09:00'),
      });
      await report({
        entityRef: checkoutService,
        environment: 'production',
        status: 'failed',
        at: t('04-10T09:00'),
      });
      await new DatabaseDeploymentStore(knex).insertDeployment({
        id: 'authorized-1',
        entityRef: paymentsApi,
        environment: 'production',
        status: 'succeeded',
        at: t('03-03T11:00'),
        releaseId: ids.r1,
        authorized: true,
        reportedBy: 'user:default/rita.release',
      });
    });

    afterAll(async () => {
      await backend?.stop();
    });

    const MARCH = figures({
      implemented: 3,
      late: 1,
      urgent: 1,
      withoutRfc: 1,
      unauthorizedImplementations: 1,
      withoutAdequateTesting: 2,
      withoutPir: 2,
      incidentsCaused: 2,
      majorReleases: 2,
      minorReleases: 1,
      conflictsCaughtBeforeCab: 3,
    });
    const APRIL = figures({
      implemented: 3,
      late: 1,
      failed: 2,
      withoutRfc: 1,
      unauthorizedImplementations: 1,
      withoutPir: 1,
      incidentsCaused: 2,
      minorReleases: 3,
      backedOut: 2,
      backoutPercent: 66.7,
      failedBackouts: 1,
      failedBackoutPercent: 50,
    });

    it('counts every figure of the period exactly', async () => {
      const report = await kpis();
      expect(report.period).toEqual(PERIOD);
      expect(report.filters).toEqual({});
      expect(report.totals).toEqual(
        figures({
          implemented: 6,
          late: 2,
          failed: 2,
          urgent: 1,
          withoutRfc: 2,
          unauthorizedImplementations: 2,
          withoutAdequateTesting: 2,
          withoutPir: 3,
          incidentsCaused: 4,
          majorReleases: 2,
          minorReleases: 4,
          backedOut: 2,
          backoutPercent: 33.3,
          failedBackouts: 1,
          failedBackoutPercent: 50,
          conflictsCaughtBeforeCab: 3,
        }),
      );
    });

    it('splits the period into calendar months and ISO weeks, clipped to it', async () => {
      const report = await kpis();
      expect(report.monthly).toEqual([
        { start: PERIOD.from, end: t('04-01T00:00'), figures: MARCH },
        { start: t('04-01T00:00'), end: PERIOD.to, figures: APRIL },
      ]);
      // 1 March 2026 is a Sunday: the first week is one day long, the last one four.
      expect(report.weekly.map(week => [week.start, week.end])).toEqual([
        [t('03-01T00:00'), t('03-02T00:00')],
        [t('03-02T00:00'), t('03-09T00:00')],
        [t('03-09T00:00'), t('03-16T00:00')],
        [t('03-16T00:00'), t('03-23T00:00')],
        [t('03-23T00:00'), t('03-30T00:00')],
        [t('03-30T00:00'), t('04-06T00:00')],
        [t('04-06T00:00'), t('04-13T00:00')],
        [t('04-13T00:00'), t('04-20T00:00')],
        [t('04-20T00:00'), t('04-27T00:00')],
        [t('04-27T00:00'), t('05-01T00:00')],
      ]);
      expect(report.weekly.map(week => week.figures)).toEqual([
        figures(),
        figures({
          implemented: 1,
          minorReleases: 1,
          incidentsCaused: 1,
          conflictsCaughtBeforeCab: 2,
        }),
        figures({
          implemented: 1,
          late: 1,
          withoutRfc: 1,
          withoutAdequateTesting: 1,
          withoutPir: 1,
          majorReleases: 1,
          incidentsCaused: 1,
          conflictsCaughtBeforeCab: 1,
          unauthorizedImplementations: 1,
        }),
        figures({
          implemented: 1,
          urgent: 1,
          withoutAdequateTesting: 1,
          withoutPir: 1,
          majorReleases: 1,
        }),
        figures(),
        figures({
          implemented: 1,
          minorReleases: 1,
          backedOut: 1,
          backoutPercent: 100,
          failedBackouts: 1,
          failedBackoutPercent: 100,
        }),
        figures({
          implemented: 1,
          late: 1,
          minorReleases: 1,
          backedOut: 1,
          backoutPercent: 100,
          unauthorizedImplementations: 1,
        }),
        figures({ failed: 1 }),
        figures({ failed: 1 }),
        figures({
          implemented: 1,
          withoutRfc: 1,
          withoutPir: 1,
          minorReleases: 1,
          incidentsCaused: 2,
        }),
      ]);
    });

    it('counts weeks and months in the zone asked for, across its DST change', async () => {
      // Los Angeles: -08:00 until Sunday 8 March 2026, then -07:00.
      const report = await kpis({ tz: 'America/Los_Angeles' });
      expect(report.timeZone).toBe('America/Los_Angeles');
      // The period starts at midnight UTC, 28 February 16:00 in Los Angeles.
      expect(report.monthly.map(month => [month.start, month.end])).toEqual([
        [PERIOD.from, t('03-01T08:00')],
        [t('03-01T08:00'), t('04-01T07:00')],
        [t('04-01T07:00'), PERIOD.to],
      ]);
      expect(
        report.weekly.slice(0, 3).map(week => [week.start, week.end]),
      ).toEqual([
        [t('03-01T00:00'), t('03-02T08:00')],
        [t('03-02T08:00'), t('03-09T07:00')],
        [t('03-09T07:00'), t('03-16T07:00')],
      ]);
      const perWeek = report.weekly.map(week => week.figures.implemented);
      // Implemented 3 March 11:00 and 10 March 14:00 UTC: the second and third local weeks.
      expect(perWeek.slice(0, 3)).toEqual([0, 1, 1]);
      const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
      expect(sum(perWeek)).toBe(report.totals.implemented);
      expect(sum(report.monthly.map(month => month.figures.implemented))).toBe(
        report.totals.implemented,
      );
      // The default stays UTC.
      expect((await kpis()).timeZone).toBe('UTC');
    });

    it('gives the average, best and worst time to implement by unit type and category', async () => {
      const report = await kpis();
      const row = (
        dimension: string,
        value: string,
        count: number,
        averageHours: number | null,
        bestHours: number | null,
        worstHours: number | null,
      ) => ({ dimension, value, count, averageHours, bestHours, worstHours });
      expect(report.timeToImplement).toEqual([
        // r1 275 h, r4 168 h, r5 168 h, r12 24 h
        row('unitType', 'delta', 4, 158.8, 24, 275),
        row('unitType', 'full', 1, 230, 230, 230),
        row('unitType', 'package', 1, 6, 6, 6),
        row('category', 'scheduled', 4, 174.3, 24, 275),
        row('category', 'unscheduled', 1, 168, 168, 168),
        row('category', 'emergency', 1, 6, 6, 6),
      ]);
    });

    it('filters by system, owner and category', async () => {
      const storefront = await kpis({ system: 'system:default/storefront' });
      expect(storefront.filters).toEqual({
        system: 'system:default/storefront',
      });
      expect(storefront.totals).toEqual(
        figures({
          implemented: 1,
          urgent: 1,
          withoutAdequateTesting: 1,
          withoutPir: 1,
          majorReleases: 1,
          unauthorizedImplementations: 1,
        }),
      );
      const emergency = await kpis({ category: 'emergency' });
      // A deployment no release covered has no category.
      expect(emergency.totals).toEqual(
        figures({
          implemented: 1,
          urgent: 1,
          withoutAdequateTesting: 1,
          withoutPir: 1,
          majorReleases: 1,
        }),
      );
      const samsOwn = await kpis({ owner: SAM });
      // The catalog says Sam owns no CI, so no deployment is his.
      expect(samsOwn.totals).toEqual(SAMS_RELEASES);
    });

    it('counts only the releases the reader may read', async () => {
      const report = await kpis({}, sam);
      expect(report.totals).toEqual({
        ...SAMS_RELEASES,
        // Deployments no release covered belong to no release to withhold.
        unauthorizedImplementations: 2,
      });
      expect(report.timeToImplement.filter(row => row.count > 0)).toEqual([
        expect.objectContaining({
          value: 'delta',
          count: 2,
          bestHours: 24,
          worstHours: 168,
        }),
        expect.objectContaining({
          value: 'scheduled',
          count: 2,
          averageHours: 96,
        }),
      ]);
    });

    it('exports the same figures as a CSV download', async () => {
      const response = await api(
        'get',
        `/kpis?${new URLSearchParams({ ...PERIOD, format: 'csv' })}`,
      ).expect(200);
      expect(response.headers['content-type']).toMatch(/^text\/csv/);
      expect(response.headers['content-disposition']).toBe(
        'attachment; filename="stagegate-kpis-20260301T000000Z-20260501T000000Z.csv"',
      );
      const rows: Record<string, string>[] = parseCsv(response.text, {
        columns: true,
      });
      expect(Object.keys(rows[0])).toEqual([
        'scope',
        'start',
        'end',
        'timeZone',
        ...KPI_FIGURE_NAMES,
        'dimension',
        'value',
        'count',
        'averageHours',
        'bestHours',
        'worstHours',
      ]);
      expect(rows.map(row => row.scope)).toEqual([
        'total',
        ...Array(10).fill('week'),
        'month',
        'month',
        ...Array(6).fill('timeToImplement'),
      ]);
      expect(rows[0]).toMatchObject({
        start: PERIOD.from,
        end: PERIOD.to,
        timeZone: 'UTC',
        implemented: '6',
        backoutPercent: '33.3',
        conflictsCaughtBeforeCab: '3',
        dimension: '',
      });
      expect(rows[12]).toMatchObject({
        scope: 'month',
        start: t('04-01T00:00'),
        failed: '2',
        failedBackoutPercent: '50',
      });
      expect(rows[13]).toMatchObject({
        implemented: '',
        dimension: 'unitType',
        value: 'delta',
        count: '4',
        averageHours: '158.8',
        bestHours: '24',
        worstHours: '275',
      });
    });

    it('records incidents through PATCH, keeping when each was first recorded', async () => {
      const before = (await api('get', `/releases/${ids.r12}`).expect(200))
        .body as Release;
      const patched = await api('patch', `/releases/${ids.r12}`)
        .send({
          revision: before.revision,
          incidents: [
            ...before.incidents!.map(({ id, url }) => ({ id, url })),
            { id: 'INC-9', url: 'https://itsm.example.com/INC-9' },
          ],
        })
        .expect(200);
      const incidents = (patched.body as Release).incidents!;
      expect(incidents.slice(0, 2)).toEqual(before.incidents);
      expect(incidents[2]).toMatchObject({
        id: 'INC-9',
        url: 'https://itsm.example.com/INC-9',
      });
      const recordedAt = Date.parse(incidents[2].recordedAt);
      const around = {
        from: new Date(recordedAt - 3_600_000).toISOString(),
        to: new Date(recordedAt + 3_600_000).toISOString(),
      };
      expect((await kpis(around)).totals.incidentsCaused).toBe(1);
      // The incidents of the fixture period are where they were.
      expect((await kpis()).totals.incidentsCaused).toBe(4);

      const unsafe = await api('patch', `/releases/${ids.r12}`)
        .send({
          revision: patched.body.revision,
          incidents: [{ id: 'INC-10', url: 'ftp://itsm.example.com/INC-10' }],
        })
        .expect(400);
      expect(unsafe.body.error.message).toContain('incidents.0.url');
      // Nothing reached production yet: there is nothing an incident could come from.
      const planning = (await api('get', `/releases/${ids.r10}`).expect(200))
        .body as Release;
      await api('patch', `/releases/${ids.r10}`)
        .send({ revision: planning.revision, incidents: [{ id: 'INC-11' }] })
        .expect(409);
    });

    it('answers 400 naming the field of a bad query', async () => {
      const bad = async (query: Record<string, string>, field: string) => {
        const response = await api(
          'get',
          `/kpis?${new URLSearchParams(query)}`,
        ).expect(400);
        expect(response.body.error.message).toContain(`${field}:`);
      };
      await bad({ from: 'yesterday' }, 'from');
      await bad({ to: '2026-13-01T00:00:00Z' }, 'to');
      await bad({ from: PERIOD.to, to: PERIOD.from }, 'to');
      await bad({ from: '2020-01-01T00:00:00Z', to: PERIOD.to }, 'from');
      // Without `to` the period runs to now: more than two years is refused too.
      await bad({ from: '2020-01-01T00:00:00Z' }, 'from');
      await bad({ category: 'urgent' }, 'category');
      await bad({ format: 'xlsx' }, 'format');
      await bad({ tz: 'Mars/Olympus_Mons' }, 'tz');
      await bad({ system: 'payments!' }, 'system');
      const unknown = await api('get', '/kpis?colour=blue').expect(400);
      expect(unknown.body.error.message).toContain("'colour'");
    });

    it('records how a backout ended when the release is backed out', async () => {
      await insert(
        'r13',
        aRelease({
          ...implemented({
            status: 'deployed',
            createdAt: t('02-01T00:00'),
            plannedEnd: t('02-15T12:00'),
            actualEnd: t('02-15T12:00'),
            pir: true,
          }),
          backoutPlan: { steps: 'Redeploy 7.0', tested: true },
        }),
      );
      const backedOut = await api('post', `/releases/${ids.r13}/transitions`)
        .send({
          to: 'backed_out',
          reason: 'Checkout errors',
          backoutOutcome: 'failed',
        })
        .expect(200);
      expect(backedOut.body).toMatchObject({
        status: 'backed_out',
        backoutOutcome: 'failed',
      });
      const february = await kpis({
        from: t('02-01T00:00'),
        to: t('03-01T00:00'),
      });
      // r8 and r13 were implemented in February; r13 was backed out, and that failed.
      expect(february.totals).toMatchObject({
        implemented: 2,
        backedOut: 1,
        backoutPercent: 50,
        failedBackouts: 1,
        failedBackoutPercent: 100,
      });
    });

    it('refuses a backout outcome on any move but a backout', async () => {
      const response = await api('post', `/releases/${ids.r12}/transitions`)
        .send({ to: 'review', backoutOutcome: 'failed' })
        .expect(400);
      expect(response.body.error.message).toContain('backoutOutcome:');
    });
  },
);
