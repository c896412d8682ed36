import { TestBackend } from '@backstage/backend-test-utils';
import {
  CalendarResponse,
  HIDDEN_RELEASE_TITLE,
  Release,
} from '@stagegate/plugin-releases-common';
import request from 'supertest';
import {
  asUser,
  createTestDatabases,
  startReleasesTestBackend,
} from '../__testUtils__';
import { permissionsLimiting } from '../__testUtils__/limitedPermissions';

jest.setTimeout(180_000);

const databases = createTestDatabases();
const oscar = asUser('oscar.owner');
const rita = asUser('rita.release');
const sam = asUser('sam.service');
const SAM = 'user:default/sam.service';
const paymentsApi = 'component:default/payments-api';

const slot = (start: string, end: string) => ({
  environment: 'production',
  start,
  end,
});

describe.each(databases.eachSupportedId())(
  'the master calendar and stored conflicts, against the real catalog (%s)',
  databaseId => {
    let backend: TestBackend;
    const samsReleases = new Set<string>();

    beforeAll(async () => {
      backend = await startReleasesTestBackend({
        databases,
        databaseId,
        // Everyone may do everything, except Sam: he reads only the releases he owns (in SQL,
        // and one by one the ids he created), and may not override conflicts.
        permissions: permissionsLimiting(SAM, {
          denied: ['releases.conflict.override'],
          readsOnlyOwn: true,
          readable: samsReleases,
        }),
      });
    });

    afterAll(async () => {
      await backend?.stop();
    });

    const api = (method: 'get' | 'post' | 'patch', path: string, as: string) =>
      request(backend.server)
        [method](`/api/releases${path}`)
        .set('Authorization', as);

    async function plan(as: string, title: string, start: string, end: string) {
      const response = await api('post', '/releases', as)
        .send({
          title,
          unitType: 'delta',
          category: 'scheduled',
          entityRefs: [paymentsApi],
          schedule: [slot(start, end)],
        })
        .expect(201);
      return response.body as Release;
    }

    const ciOverlaps = (release: Release | undefined) =>
      (release?.conflicts ?? []).filter(c => c.type === 'ci-overlap');

    async function listed(id: string, as = rita): Promise<Release | undefined> {
      const response = await api(
        'get',
        `/releases?entityRef=${encodeURIComponent(paymentsApi)}&limit=100`,
        as,
      ).expect(200);
      return (response.body.items as Release[]).find(r => r.id === id);
    }

    const feb10 = new URLSearchParams({
      from: '2027-02-10T00:00:00Z',
      to: '2027-02-11T00:00:00Z',
    }).toString();
    let first: Release;
    let second: Release;

    it('stores the conflicts of both releases when the second one overlaps the first', async () => {
      first = await plan(
        oscar,
        'Payments 7.1',
        '2027-02-10T10:00:00Z',
        '2027-02-10T12:00:00Z',
      );
      expect(ciOverlaps(first)).toEqual([]);
      second = await plan(
        sam,
        'Payments hotfix',
        '2027-02-10T11:00:00Z',
        '2027-02-10T13:00:00Z',
      );
      samsReleases.add(second.id);
      expect(ciOverlaps(second)).toEqual([
        expect.objectContaining({
          other: expect.objectContaining({ kind: 'release', id: first.id }),
          interval: {
            start: '2027-02-10T11:00:00.000Z',
            end: '2027-02-10T12:00:00.000Z',
          },
        }),
      ]);
      expect(second.conflictsCheckedAt).toEqual(expect.any(String));
      // The first release was saved before; its stored conflicts were refreshed.
      expect(ciOverlaps(await listed(first.id))).toEqual([
        expect.objectContaining({
          other: expect.objectContaining({ id: second.id }),
        }),
      ]);
    });

    it('shows both slots and the conflict between them on the calendar', async () => {
      const response = await api('get', `/calendar?${feb10}`, rita).expect(200);
      const calendar = response.body as CalendarResponse;
      const firstEvent = calendar.events.find(
        e => e.id === `release:${first.id}:production`,
      )!;
      const secondEvent = calendar.events.find(
        e => e.id === `release:${second.id}:production`,
      )!;
      expect(firstEvent).toMatchObject({
        kind: 'release',
        releaseKey: first.key,
        systems: ['system:default/payments'],
      });
      const overlap = calendar.conflicts.find(
        c => c.type === 'ci-overlap' && c.eventId === secondEvent.id,
      )!;
      expect(overlap).toMatchObject({
        otherEventId: firstEvent.id,
        key: `${secondEvent.id}#${overlap.id}`,
      });
      expect(firstEvent.conflictKeys).toContain(overlap.key);
      expect(secondEvent.conflictKeys).toContain(overlap.key);
    });

    it('filters by environment, kind and conflicts', async () => {
      const test = await api(
        'get',
        `/calendar?${feb10}&environment=test&kind=release`,
        rita,
      ).expect(200);
      expect(test.body.events).toEqual([]);
      const onlyConflicts = await api(
        'get',
        `/calendar?${feb10}&conflictsOnly=true&kind=release`,
        rita,
      ).expect(200);
      const ids = (onlyConflicts.body as CalendarResponse).events.map(
        e => e.id,
      );
      expect(ids).toEqual(
        expect.arrayContaining([
          `release:${first.id}:production`,
          `release:${second.id}:production`,
        ]),
      );
      expect(
        (onlyConflicts.body as CalendarResponse).events.every(
          e => e.conflictKeys.length > 0,
        ),
      ).toBe(true);
    });

    it('shows a reader the conflict with a release they may not read, without its title', async () => {
      const response = await api('get', `/calendar?${feb10}`, sam).expect(200);
      const calendar = response.body as CalendarResponse;
      const releaseIds = calendar.events
        .filter(e => e.kind === 'release')
        .map(e => e.releaseId);
      expect(releaseIds).toContain(second.id);
      expect(releaseIds).not.toContain(first.id);
      const overlap = calendar.conflicts.find(c => c.type === 'ci-overlap')!;
      expect(overlap.other.title).toBe(HIDDEN_RELEASE_TITLE);
      expect(overlap.message).not.toContain('Payments 7.1');
      expect(overlap.otherEventId).toBeUndefined();

      const own = await api('get', `/releases/${second.id}`, sam).expect(200);
      const [mine] = ciOverlaps(own.body);
      expect(mine.other.title).toBe(HIDDEN_RELEASE_TITLE);
      expect(mine.message).not.toContain('Payments 7.1');
      const inList = ciOverlaps(await listed(second.id, sam));
      expect(inList[0].other.title).toBe(HIDDEN_RELEASE_TITLE);
    });

    it('clears the stored conflicts of both when one release moves away', async () => {
      const moved = await api('patch', `/releases/${first.id}`, oscar)
        .send({
          revision: first.revision,
          schedule: [slot('2027-02-11T10:00:00Z', '2027-02-11T12:00:00Z')],
        })
        .expect(200);
      expect(ciOverlaps(moved.body)).toEqual([]);
      expect(ciOverlaps(await listed(second.id))).toEqual([]);
    });

    it('answers a bad query with a 400 that names the field', async () => {
      const backwards = await api(
        'get',
        `/calendar?${new URLSearchParams({
          from: '2027-02-11T00:00:00Z',
          to: '2027-02-10T00:00:00Z',
        })}`,
        rita,
      ).expect(400);
      expect(backwards.body.error.message).toMatch(/to/);
      const category = await api(
        'get',
        '/calendar?category=someday',
        rita,
      ).expect(400);
      expect(category.body.error.message).toMatch(/category/);
    });

    it('overrides a blocking conflict by id, for those allowed to', async () => {
      const frozen = await plan(
        oscar,
        'Payments in the freeze',
        '2026-12-20T15:00:00Z',
        '2026-12-20T17:00:00Z',
      );
      const freeze = frozen.conflicts!.find(c => c.type === 'blackout-window')!;
      expect(freeze).toMatchObject({ enforcement: 'block' });
      const body = {
        conflictIds: [freeze.id],
        reason: 'CAB accepted the risk of a fix in the freeze',
        revision: frozen.revision,
      };
      samsReleases.add(frozen.id);
      await api('post', `/releases/${frozen.id}/conflict-overrides`, sam)
        .send(body)
        .expect(403);
      const unknown = await api(
        'post',
        `/releases/${frozen.id}/conflict-overrides`,
        rita,
      )
        .send({ ...body, conflictIds: ['ci-overlap/production/release/nope'] })
        .expect(400);
      expect(unknown.body.error.message).toMatch(/conflictIds/);
      const overridden = await api(
        'post',
        `/releases/${frozen.id}/conflict-overrides`,
        rita,
      )
        .send(body)
        .expect(200);
      expect(overridden.body.conflictOverrides).toEqual([
        expect.objectContaining({
          by: 'user:default/rita.release',
          conflictIds: [freeze.id],
        }),
      ]);
      const history = await api(
        'get',
        `/releases/${frozen.id}/history`,
        rita,
      ).expect(200);
      expect(history.body.items ?? history.body).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ action: 'conflict-override' }),
        ]),
      );
      await api('post', `/releases/${frozen.id}/conflict-overrides`, rita)
        .send(body)
        .expect(409);
    });
  },
);
