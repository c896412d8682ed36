import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import {
  AuthenticationError,
  NotAllowedError,
  NotFoundError,
} from '@backstage/errors';
import { createTestDatabases, createTestStore } from '../__testUtils__';
import { DatabaseFeedTokenStore } from '../database';
import { FeedTokenService, hashFeedToken } from './FeedTokenService';
import { ReadAccess } from './ReleaseService';

jest.setTimeout(60_000);

const databases = createTestDatabases();

const rita = mockCredentials.user('user:default/rita.release');
const sam = mockCredentials.user('user:default/sam.service');
const pipeline = mockCredentials.service('external:ci-pipeline');

const ritasAccess: ReadAccess = {
  result: 'CONDITIONAL',
  conditions: {
    rule: 'IS_RELEASE_OWNER',
    resourceType: 'releases-release',
    params: { claims: ['user:default/rita.release'] },
  },
};

describe.each(databases.eachSupportedId())(
  'FeedTokenService (%s)',
  databaseId => {
    async function createService() {
      const { knex } = await createTestStore(databases, databaseId);
      const store = await DatabaseFeedTokenStore.create({
        database: mockServices.database({ knex }),
        skipMigrations: true,
      });
      let now = new Date('2026-11-22T09:00:00Z');
      const readAccess = jest.fn(async () => ritasAccess);
      const service = new FeedTokenService({
        store,
        readAccess,
        now: () => now,
      });
      const setNow = (iso: string) => {
        now = new Date(iso);
      };
      return { knex, service, readAccess, setNow };
    }

    it("makes a token with the user's read access, shows the secret once and stores only its hash", async () => {
      const { knex, service, readAccess } = await createService();
      const created = await service.createToken(
        { name: 'Outlook' },
        { credentials: rita },
      );
      expect(created).toEqual({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        name: 'Outlook',
        createdAt: '2026-11-22T09:00:00.000Z',
        token: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      });
      expect(readAccess).toHaveBeenCalledWith(rita);
      const rows = await knex('feed_tokens');
      expect(rows).toHaveLength(1);
      expect(rows[0].token_hash).toBe(hashFeedToken(created.token));
      expect(JSON.stringify(rows)).not.toContain(created.token);
      expect(await service.listTokens({ credentials: rita })).toEqual([
        {
          id: created.id,
          name: 'Outlook',
          createdAt: '2026-11-22T09:00:00.000Z',
        },
      ]);
      const other = await service.createToken(
        { name: 'Phone' },
        { credentials: rita },
      );
      expect(other.token).not.toBe(created.token);
    });

    it('gives the stored access for a token, and records its use', async () => {
      const { service, setNow } = await createService();
      const created = await service.createToken(
        { name: 'Outlook' },
        { credentials: rita },
      );
      setNow('2026-11-23T10:00:00Z');
      expect(await service.accessFor(created.token)).toEqual({
        tokenId: created.id,
        userEntityRef: 'user:default/rita.release',
        access: ritasAccess,
      });
      const [listed] = await service.listTokens({ credentials: rita });
      expect(listed.lastUsedAt).toBe('2026-11-23T10:00:00.000Z');
    });

    it('refuses an unknown or revoked token with a 401 that says so', async () => {
      const { service } = await createService();
      const created = await service.createToken(
        { name: 'Outlook' },
        { credentials: rita },
      );
      await expect(service.accessFor('not-a-token')).rejects.toThrow(
        AuthenticationError,
      );
      await service.revokeToken(created.id, { credentials: rita });
      await expect(service.accessFor(created.token)).rejects.toThrow(
        /unknown or has been revoked/,
      );
      const [listed] = await service.listTokens({ credentials: rita });
      expect(listed.revokedAt).toBe('2026-11-22T09:00:00.000Z');
    });

    it("lets nobody revoke another user's token", async () => {
      const { service } = await createService();
      const created = await service.createToken(
        { name: 'Outlook' },
        { credentials: rita },
      );
      await expect(
        service.revokeToken(created.id, { credentials: sam }),
      ).rejects.toThrow(NotFoundError);
      expect(await service.accessFor(created.token)).toBeDefined();
      expect(await service.listTokens({ credentials: sam })).toEqual([]);
    });

    it('keeps tokens to users', async () => {
      const { service } = await createService();
      await expect(
        service.createToken({ name: 'CI' }, { credentials: pipeline }),
      ).rejects.toThrow(NotAllowedError);
      await expect(
        service.listTokens({ credentials: pipeline }),
      ).rejects.toThrow(NotAllowedError);
    });

    it('makes no token for a user who may not read releases', async () => {
      const { knex, service, readAccess } = await createService();
      readAccess.mockRejectedValueOnce(new NotAllowedError('no'));
      await expect(
        service.createToken({ name: 'Outlook' }, { credentials: rita }),
      ).rejects.toThrow(NotAllowedError);
      expect(await knex('feed_tokens')).toEqual([]);
    });
  },
);
