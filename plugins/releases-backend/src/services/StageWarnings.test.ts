import {
  mockCredentials,
  mockErrorHandler,
  mockServices,
} from '@backstage/backend-test-utils';
import express from 'express';
import request from 'supertest';
import {
  NotificationSendOptions,
  NotificationService,
} from '@backstage/plugin-notifications-node';
import { StageSettings } from '@stagegate/plugin-releases-common';
import {
  aRelease,
  createInMemoryServices,
  createTestDatabases,
  createTestStore,
  wrapServerOnLoopback,
} from '../__testUtils__';
import { DatabaseNoticeStore } from '../database';
import { createRouter } from '../service/router';

jest.setTimeout(60_000);

const databases = createTestDatabases();

const STAGES: StageSettings = {
  timeLimits: { test: 'P14D', readiness: 'P7D' },
  pirDueAfter: 'P5D',
  backoutPlanLead: 'P2D',
};

const OWNER = 'user:default/oscar.owner';
const credentials = mockCredentials.user(OWNER);

/** A release of Oscar's in test since 1 January 2027: overdue from 15 January. */
const inTestSinceNewYear = () =>
  aRelease({
    status: 'test',
    owner: OWNER,
    createdAt: '2027-01-01T00:00:00.000Z',
  });

describe.each(databases.eachSupportedId())(
  'stage warnings and prompts (%s)',
  databaseId => {
    async function setUp() {
      const { knex, store } = await createTestStore(databases, databaseId);
      const clock = { now: '2027-01-01T00:00:00Z' };
      const sent: NotificationSendOptions[] = [];
      // How many of the next sends the notifications service refuses, as when it is down.
      const outage = { sends: 0 };
      const notifications: NotificationService = {
        send: async options => {
          if (outage.sends > 0) {
            outage.sends -= 1;
            throw new Error('notifications backend unavailable');
          }
          sent.push(options);
        },
      };
      const services = await createInMemoryServices({
        store,
        knex,
        now: () => new Date(clock.now),
        stages: STAGES,
        notifications,
      });
      const runAt = async (iso: string) => {
        clock.now = iso;
        const before = sent.length;
        await services.stageWarnings.run();
        return sent.slice(before).map(s => s.payload.title);
      };
      // The HTTP API over the same services, which checks answers against the OpenAPI spec.
      const app = await wrapServerOnLoopback(
        express()
          .use(
            await createRouter({
              ...services,
              httpAuth: mockServices.httpAuth({
                defaultCredentials: credentials,
              }),
              auditor: mockServices.auditor.mock(),
              relatedDepth: 1,
            }),
          )
          .use(mockErrorHandler()),
      );
      return { knex, store, clock, sent, outage, services, runAt, app };
    }

    it('warns once when a release crosses its stage limit, and again after it leaves and re-enters the stage', async () => {
      const { store, services, runAt, sent, app } = await setUp();
      const release = await store.insertRelease(
        aRelease({
          status: 'test',
          owner: OWNER,
          createdAt: '2027-01-01T00:00:00.000Z',
          contents: [{ name: 'ledger config', version: '7', kind: 'config' }],
          schedule: [
            {
              environment: 'production',
              start: '2027-03-01T10:00:00Z',
              end: '2027-03-01T12:00:00Z',
              status: 'planned',
            },
          ],
        }),
      );
      expect(release.stageEnteredAt).toBe('2027-01-01T00:00:00.000Z');

      expect(await runAt('2027-01-14T23:59:59Z')).toEqual([]);
      expect(await runAt('2027-01-15T00:00:00Z')).toEqual([
        `${release.key}: overdue in test`,
      ]);
      expect(sent[0].recipients).toMatchObject({
        type: 'entity',
        entityRef: expect.arrayContaining([OWNER]),
      });
      expect(sent[0].payload.description).toContain(
        'since 1 Jan 2027 00:00 UTC, longer than its P14D limit',
      );
      expect(await runAt('2027-01-15T00:05:00Z')).toEqual([]);
      expect(await runAt('2027-01-20T00:00:00Z')).toEqual([]);

      // A warning is not a change of the release.
      const unchanged = await store.getRelease(release.id);
      expect(unchanged?.revision).toBe(release.revision);
      expect(await store.listHistory(release.id)).toHaveLength(1);

      // Read through the API's services, the release and its calendar events carry the flag.
      const read = await services.releaseService.getRelease(release.id, {
        credentials,
      });
      expect(read.overdue).toEqual({
        status: 'test',
        enteredAt: '2027-01-01T00:00:00.000Z',
        limit: 'P14D',
        dueAt: '2027-01-15T00:00:00.000Z',
      });
      const listed = await request(app).get('/releases').expect(200);
      expect(listed.body.items[0].overdue).toEqual(read.overdue);
      const calendar = await request(app)
        .get('/calendar')
        .query({ from: '2027-02-25T00:00:00Z', to: '2027-03-05T00:00:00Z' })
        .expect(200);
      expect(calendar.body.events).toEqual([
        expect.objectContaining({ releaseId: release.id, overdue: true }),
      ]);

      // Held, then resumed: a new stay in test, with its own limit and its own warning.
      await services.transitions.transition(
        release.id,
        { to: 'on_hold', reason: 'Waiting for the vendor' },
        { credentials },
      );
      expect(await runAt('2027-01-21T00:00:00Z')).toEqual([]);
      const resumed = await services.transitions.transition(
        release.id,
        { to: 'test', reason: 'Vendor delivered' },
        { credentials },
      );
      expect(resumed.stageEnteredAt).toBe('2027-01-21T00:00:00.000Z');
      expect(
        (await services.releaseService.getRelease(release.id, { credentials }))
          .overdue,
      ).toBeUndefined();
      expect(await runAt('2027-02-04T00:00:00Z')).toEqual([
        `${release.key}: overdue in test`,
      ]);
      expect(await runAt('2027-02-05T00:00:00Z')).toEqual([]);
    });

    it('prompts the TRR, the PIR and a missing backout plan once each, and a moved slot again', async () => {
      const { store, services, runAt } = await setUp();
      const tested = await store.insertRelease(
        aRelease({
          status: 'test',
          createdAt: '2027-01-01T00:00:00.000Z',
          testPlan: 'Regression suite',
          testResults: [
            {
              name: 'regression',
              passed: true,
              recordedAt: '2027-01-02T00:00:00Z',
              recordedBy: OWNER,
            },
          ],
          backoutPlan: { steps: 'Redeploy 1.1', tested: true },
        }),
      );
      const deployed = await store.insertRelease(
        aRelease({
          status: 'deployed',
          createdAt: '2026-12-01T00:00:00.000Z',
          schedule: [
            {
              environment: 'production',
              start: '2026-12-28T07:00:00Z',
              end: '2026-12-28T09:00:00Z',
              actualEnd: '2026-12-28T09:00:00Z',
              status: 'done',
            },
          ],
        }),
      );
      const unplanned = await store.insertRelease(
        aRelease({
          status: 'approved',
          createdAt: '2026-12-01T00:00:00.000Z',
          schedule: [
            {
              environment: 'production',
              start: '2027-01-04T10:00:00Z',
              end: '2027-01-04T12:00:00Z',
              status: 'planned',
            },
          ],
        }),
      );

      expect((await runAt('2027-01-02T09:59:00Z')).sort()).toEqual([
        `${tested.key}: ready for its test readiness review`,
        `${deployed.key}: post-implementation review due`,
      ]);
      expect(await runAt('2027-01-02T10:00:00Z')).toEqual([
        `${unplanned.key}: backout plan missing`,
      ]);
      expect(await runAt('2027-01-03T00:00:00Z')).toEqual([]);

      // The slot moves a week on: a new occasion, prompted again when it comes close.
      await services.commands.update(
        unplanned.id,
        {
          revision: unplanned.revision,
          schedule: [
            {
              environment: 'production',
              start: '2027-01-11T10:00:00Z',
              end: '2027-01-11T12:00:00Z',
              status: 'planned',
            },
          ],
        },
        { credentials },
      );
      expect(await runAt('2027-01-09T09:00:00Z')).toEqual([]);
      expect(await runAt('2027-01-09T10:00:00Z')).toEqual([
        `${unplanned.key}: backout plan missing`,
      ]);
      expect(await runAt('2027-01-10T10:00:00Z')).toEqual([]);
    });

    it('sends a warning that the notifications service refused on the next run, once', async () => {
      const { knex, store, runAt, outage } = await setUp();
      const release = await store.insertRelease(inTestSinceNewYear());
      const recorded = () =>
        knex('release_notices').where({ release_id: release.id });

      outage.sends = 1;
      expect(await runAt('2027-01-15T00:00:00Z')).toEqual([]);
      expect(outage.sends).toBe(0);
      // Refused, so not recorded as sent: the next run claims it again.
      expect(await recorded()).toHaveLength(0);

      expect(await runAt('2027-01-15T00:05:00Z')).toEqual([
        `${release.key}: overdue in test`,
      ]);
      expect(await recorded()).toHaveLength(1);
      expect(await runAt('2027-01-15T00:10:00Z')).toEqual([]);
    });

    it('gives each notice a scope of its own, so a second send of it updates the first', async () => {
      const { store, runAt, sent } = await setUp();
      const release = await store.insertRelease(inTestSinceNewYear());
      await runAt('2027-01-15T00:00:00Z');
      const scopes = sent.map(s => s.payload.scope);
      expect(scopes).toEqual([
        `stage-notice:${release.id}:overdue:2027-01-01T00:00:00.000Z`,
      ]);
    });

    it('lets one of many concurrent claims of a notice win', async () => {
      const { knex, store } = await setUp();
      const release = await store.insertRelease(aRelease());
      const notices = new DatabaseNoticeStore(knex);
      const claims = await Promise.all(
        Array.from({ length: 8 }, () =>
          notices.claim({
            releaseId: release.id,
            kind: 'overdue',
            status: 'test',
            crossingKey: '2027-01-01T00:00:00.000Z',
            sentAt: '2027-01-15T00:00:00.000Z',
          }),
        ),
      );
      expect(claims.filter(Boolean)).toHaveLength(1);
    });
  },
);
