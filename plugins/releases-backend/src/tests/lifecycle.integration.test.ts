import { TestBackend } from '@backstage/backend-test-utils';
import { Release } from '@stagegate/plugin-releases-common';
import { DateTime } from 'luxon';
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
const andy = asUser('andy.approver');
const sam = asUser('sam.service');

describe.each(databases.eachSupportedId())(
  'a release through every gate, against the real catalog (%s)',
  databaseId => {
    let backend: TestBackend;

    beforeAll(async () => {
      backend = await startReleasesTestBackend({
        databases,
        databaseId,
        // Everyone may do everything, except that Sam may not approve.
        permissions: permissionsLimiting('user:default/sam.service', {
          denied: ['releases.release.approve'],
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

    function doneSlot(environment: string, daysAgo: number) {
      const start = DateTime.utc().minus({ days: daysAgo });
      return {
        environment,
        start: start.toISO(),
        end: start.plus({ hours: 2 }).toISO(),
        actualStart: start.toISO(),
        actualEnd: start.plus({ hours: 1 }).toISO(),
        status: 'done',
      };
    }

    it('goes from planning to closed, refusing each gate until it is met', async () => {
      let accepted = 0;
      const now = DateTime.utc();
      const created = await api('post', '/releases', oscar)
        .send({
          title: 'Checkout 3.1',
          unitType: 'delta',
          category: 'scheduled',
          version: '3.1.0',
          entityRefs: ['component:default/checkout-service'],
          rfc: { id: 'RFC-2001', url: 'https://itsm.example.com/RFC-2001' },
          testPlan: 'Regression suite in SAT, smoke tests in production',
          schedule: [
            doneSlot('cinte', 9),
            doneSlot('sit', 7),
            doneSlot('sat', 3),
            {
              environment: 'production',
              start: now.minus({ hours: 1 }).toISO(),
              end: now.plus({ hours: 2 }).toISO(),
            },
          ],
        })
        .expect(201);
      accepted += 1;
      let release: Release = created.body;
      expect(release).toMatchObject({
        status: 'planning',
        owner: 'user:default/oscar.owner',
        createdBy: 'user:default/oscar.owner',
      });
      const id = release.id;

      const move = async (to: string, as = oscar, reason?: string) =>
        api('post', `/releases/${id}/transitions`, as).send({ to, reason });
      const accept = async (response: request.Response) => {
        expect(response.status).toBe(200);
        accepted += 1;
        release = response.body;
      };

      await accept(await move('build'));

      const noContents = await move('test');
      expect(noContents.status).toBe(409);
      expect(noContents.body.error.message).toMatch(/contents|VDD/i);

      await accept(
        await api('patch', `/releases/${id}`, oscar).send({
          revision: release.revision,
          contents: [
            {
              name: 'checkout-service',
              version: '3.1.0',
              kind: 'artifact',
              checksum: 'sha256:4f2a',
            },
          ],
          backoutPlan: { steps: 'Redeploy 3.0.7 from the DSL', tested: true },
        }),
      );
      await accept(await move('test'));

      await accept(
        await api('post', `/releases/${id}/test-results`, oscar).send({
          results: [
            { name: 'login', passed: false },
            { name: 'checkout', passed: true },
          ],
        }),
      );
      const failing = await move('readiness');
      expect(failing.status).toBe(409);
      expect(failing.body.error.message).toContain('login');

      await accept(
        await api('post', `/releases/${id}/test-results`, oscar).send({
          results: [{ name: 'login', passed: true }],
        }),
      );
      await accept(await move('readiness'));

      const unapproved = await move('approved');
      expect(unapproved.status).toBe(409);

      const ownApproval = await api('post', `/releases/${id}/approvals`, oscar)
        .send({ gate: 'cab', decision: 'approve' })
        .expect(409);
      expect(ownApproval.body.error.message).toMatch(/own or created/);

      const notAllowed = await api('post', `/releases/${id}/approvals`, sam)
        .send({ gate: 'cab', decision: 'approve' })
        .expect(403);
      expect(notAllowed.body.error.message).toContain(
        'releases.release.approve',
      );

      await accept(
        await api('post', `/releases/${id}/approvals`, andy).send({
          gate: 'cab',
          decision: 'approve',
          comment: 'Low risk',
        }),
      );
      await accept(await move('approved'));
      await accept(await move('deploying'));

      const untested = await move('deployed');
      expect(untested.status).toBe(409);
      await accept(
        await api('post', `/releases/${id}/test-results`, oscar).send({
          results: [{ name: 'smoke', environment: 'production', passed: true }],
        }),
      );
      await accept(await move('deployed'));
      await accept(await move('review'));

      expect((await move('closed')).status).toBe(409);
      await accept(
        await api('patch', `/releases/${id}`, oscar).send({
          revision: release.revision,
          pirOutcome: { outcome: 'successful', notes: 'No incidents' },
        }),
      );
      await accept(await move('closed'));

      expect(release.status).toBe('closed');
      expect(release.revision).toBe(accepted);
      const history = await api('get', `/releases/${id}/history`, sam).expect(
        200,
      );
      expect(history.body.items).toHaveLength(accepted);
      expect(
        history.body.items.map((entry: { revision: number }) => entry.revision),
      ).toEqual(Array.from({ length: accepted }, (_, i) => i + 1));
      expect(history.body.items[0]).toMatchObject({
        action: 'created',
        by: 'user:default/oscar.owner',
      });
      const approval = history.body.items.find(
        (entry: { action: string }) => entry.action === 'approval',
      );
      expect(approval).toMatchObject({
        by: 'user:default/andy.approver',
        reason: 'Low risk',
      });
    });

    it('refuses a stale revision with 409 and writes nothing', async () => {
      const { body } = await api('post', '/releases', oscar)
        .send({
          title: 'Storefront fix',
          unitType: 'delta',
          category: 'unscheduled',
          entityRefs: ['component:default/storefront-web'],
        })
        .expect(201);
      await api('patch', `/releases/${body.id}`, oscar)
        .send({ revision: 1, title: 'Storefront fix (renamed)' })
        .expect(200);
      const stale = await api('patch', `/releases/${body.id}`, andy)
        .send({ revision: 1, title: 'Overwritten' })
        .expect(409);
      expect(stale.body.error.message).toMatch(/revision 2/);
      const current = await api('get', `/releases/${body.id}`, oscar).expect(
        200,
      );
      expect(current.body).toMatchObject({
        title: 'Storefront fix (renamed)',
        revision: 2,
      });
      const history = await api(
        'get',
        `/releases/${body.id}/history`,
        oscar,
      ).expect(200);
      expect(history.body.items).toHaveLength(2);
    });

    it('holds and resumes with reasons, as recorded in history', async () => {
      const { body } = await api('post', '/releases', oscar)
        .send({
          title: 'Identity 5.0',
          unitType: 'full',
          category: 'scheduled',
          entityRefs: ['component:default/identity-service'],
          schedule: [
            {
              environment: 'production',
              start: '2027-02-01T22:00:00Z',
              end: '2027-02-02T00:00:00Z',
            },
          ],
        })
        .expect(201);
      const id = body.id;
      const move = (to: string, reason?: string) =>
        api('post', `/releases/${id}/transitions`, oscar).send({ to, reason });
      const withoutReason = await move('on_hold');
      expect(withoutReason.status).toBe(409);
      expect(withoutReason.body.error.message).toMatch(/reason/i);
      expect((await move('on_hold', 'Waiting for the vendor')).status).toBe(
        200,
      );
      const wrongResume = await move('build');
      expect(wrongResume.status).toBe(409);
      expect((await move('planning')).status).toBe(200);
      const history = await api('get', `/releases/${id}/history`, oscar);
      expect(
        history.body.items.map((e: { from?: string; to?: string }) =>
          e.to ? `${e.from}->${e.to}` : 'created',
        ),
      ).toEqual(['created', 'planning->on_hold', 'on_hold->planning']);
      expect(history.body.items[1].reason).toBe('Waiting for the vendor');
    });
  },
);
