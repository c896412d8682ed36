import { mockServices } from '@backstage/backend-test-utils';
import { randomUUID } from 'crypto';
import { createTestDatabases, createTestStore } from '../__testUtils__';
import { DatabaseFeedTokenStore } from './DatabaseFeedTokenStore';

jest.setTimeout(60_000);

const databases = createTestDatabases();

const rita = 'user:default/rita.release';
const sam = 'user:default/sam.service';

describe.each(databases.eachSupportedId())(
  'DatabaseFeedTokenStore (%s)',
  databaseId => {
    async function createStore() {
      const { knex } = await createTestStore(databases, databaseId);
      const store = await DatabaseFeedTokenStore.create({
        database: mockServices.database({ knex }),
        skipMigrations: true,
      });
      return { knex, store };
    }

    let counter = 0;
    const aToken = (overrides: Record<string, unknown> = {}) => {
      counter += 1;
      return {
        id: randomUUID(),
        tokenHash: String(counter).padStart(64, 'a'),
        name: 'Outlook',
        userEntityRef: rita,
        readAccess: { result: 'ALLOW' },
        createdAt: '2026-11-20T10:00:00Z',
        ...overrides,
      };
    };

    it('stores a token under its hash and finds it while active', async () => {
      const { knex, store } = await createStore();
      const conditions = {
        result: 'CONDITIONAL',
        conditions: {
          anyOf: [
            {
              rule: 'IS_RELEASE_OWNER',
              resourceType: 'releases-release',
              params: { claims: [rita] },
            },
          ],
        },
      };
      const token = aToken({ readAccess: conditions });
      const stored = await store.insertToken(token);
      expect(stored).toEqual({
        id: token.id,
        name: 'Outlook',
        userEntityRef: rita,
        readAccess: conditions,
        createdAt: '2026-11-20T10:00:00.000Z',
      });
      expect(await store.findActiveToken(token.tokenHash)).toEqual(stored);
      expect(await store.findActiveToken('b'.repeat(64))).toBeUndefined();
      const [row] = await knex('feed_tokens').where({ id: token.id });
      expect(row.token_hash).toBe(token.tokenHash);
    });

    it("lists one user's tokens, newest first, revoked ones included", async () => {
      const { store } = await createStore();
      const older = aToken({ name: 'Older' });
      const newer = aToken({
        name: 'Newer',
        createdAt: '2026-11-21T10:00:00Z',
      });
      const samsToken = aToken({ userEntityRef: sam });
      for (const token of [older, newer, samsToken]) {
        await store.insertToken(token);
      }
      await store.revokeToken(older.id, rita, '2026-11-22T08:00:00Z');
      expect(await store.listTokens(rita)).toEqual([
        expect.objectContaining({ id: newer.id, name: 'Newer' }),
        expect.objectContaining({
          id: older.id,
          name: 'Older',
          revokedAt: '2026-11-22T08:00:00.000Z',
        }),
      ]);
      expect((await store.listTokens(sam)).map(t => t.id)).toEqual([
        samsToken.id,
      ]);
    });

    it("revokes only the owner's token, once", async () => {
      const { store } = await createStore();
      const token = aToken();
      await store.insertToken(token);
      expect(
        await store.revokeToken(token.id, sam, '2026-11-22T08:00:00Z'),
      ).toBe(false);
      expect(await store.findActiveToken(token.tokenHash)).toBeDefined();
      expect(
        await store.revokeToken(token.id, rita, '2026-11-22T08:00:00Z'),
      ).toBe(true);
      expect(await store.findActiveToken(token.tokenHash)).toBeUndefined();
      expect(
        await store.revokeToken(token.id, rita, '2026-11-22T09:00:00Z'),
      ).toBe(true);
      const [listed] = await store.listTokens(rita);
      expect(listed.revokedAt).toBe('2026-11-22T08:00:00.000Z');
      expect(
        await store.revokeToken(randomUUID(), rita, '2026-11-22T08:00:00Z'),
      ).toBe(false);
    });

    it('records when a token was last used', async () => {
      const { store } = await createStore();
      const token = aToken();
      await store.insertToken(token);
      await store.touchToken(token.id, '2026-11-22T07:30:00Z');
      expect(await store.findActiveToken(token.tokenHash)).toMatchObject({
        lastUsedAt: '2026-11-22T07:30:00.000Z',
      });
    });
  },
);
