import {
  DatabaseService,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';
import { Knex } from 'knex';
import { FeedTokenStore, StoredFeedToken } from './FeedTokenStore';
import { toDbTimestamp, toIsoUtc, toOptionalIsoUtc } from './timestamps';

const migrationsDir = resolvePackagePath(
  '@stagegate/plugin-releases-backend',
  'migrations',
);

type StoredTimestamp = Date | string | number;

type DbFeedTokenRow = {
  token_hash: string;
  id: string;
  name: string;
  user_entity_ref: string;
  read_access: string | null;
  created_at: StoredTimestamp;
  last_used_at: StoredTimestamp | null;
  revoked_at: StoredTimestamp | null;
};

function tokenFromRow(row: DbFeedTokenRow): StoredFeedToken {
  return {
    id: row.id,
    name: row.name,
    userEntityRef: row.user_entity_ref,
    readAccess: row.read_access === null ? null : JSON.parse(row.read_access),
    createdAt: toIsoUtc(row.created_at),
    lastUsedAt: toOptionalIsoUtc(row.last_used_at),
    revokedAt: toOptionalIsoUtc(row.revoked_at),
  };
}

/**
 * Stores calendar feed tokens with knex, on SQLite or PostgreSQL. Only the SHA-256 of a
 * token's secret is kept, as the primary key.
 *
 * @internal
 */
export class DatabaseFeedTokenStore implements FeedTokenStore {
  private constructor(private readonly db: Knex) {}

  /**
   * Connects to the plugin's database and, unless told to skip them (because another store
   * just ran them), brings its schema up to date.
   */
  static async create(options: {
    database: DatabaseService;
    skipMigrations?: boolean;
  }): Promise<DatabaseFeedTokenStore> {
    const client = await options.database.getClient();
    if (!options.database.migrations?.skip && !options.skipMigrations) {
      await client.migrate.latest({ directory: migrationsDir });
    }
    return new DatabaseFeedTokenStore(client);
  }

  async insertToken(token: {
    id: string;
    tokenHash: string;
    name: string;
    userEntityRef: string;
    readAccess: unknown;
    createdAt: string;
  }): Promise<StoredFeedToken> {
    await this.db('feed_tokens').insert({
      token_hash: token.tokenHash,
      id: token.id,
      name: token.name,
      user_entity_ref: token.userEntityRef,
      read_access: JSON.stringify(token.readAccess),
      created_at: toDbTimestamp(token.createdAt),
    });
    const row: DbFeedTokenRow = await this.db('feed_tokens')
      .where({ id: token.id })
      .first();
    return tokenFromRow(row);
  }

  async listTokens(userEntityRef: string): Promise<StoredFeedToken[]> {
    const rows: DbFeedTokenRow[] = await this.db('feed_tokens')
      .where({ user_entity_ref: userEntityRef })
      .whereNotNull('id')
      .orderBy([
        { column: 'created_at', order: 'desc' },
        { column: 'id', order: 'desc' },
      ]);
    return rows.map(tokenFromRow);
  }

  async findActiveToken(
    tokenHash: string,
  ): Promise<StoredFeedToken | undefined> {
    const row: DbFeedTokenRow | undefined = await this.db('feed_tokens')
      .where({ token_hash: tokenHash })
      .whereNull('revoked_at')
      .whereNotNull('id')
      .first();
    return row ? tokenFromRow(row) : undefined;
  }

  async revokeToken(
    id: string,
    userEntityRef: string,
    at: string,
  ): Promise<boolean> {
    const owned = this.db('feed_tokens').where({
      id,
      user_entity_ref: userEntityRef,
    });
    await owned
      .clone()
      .whereNull('revoked_at')
      .update({ revoked_at: toDbTimestamp(at) });
    return (await owned.clone().first()) !== undefined;
  }

  async touchToken(id: string, at: string): Promise<void> {
    await this.db('feed_tokens')
      .where({ id })
      .update({ last_used_at: toDbTimestamp(at) });
  }
}
