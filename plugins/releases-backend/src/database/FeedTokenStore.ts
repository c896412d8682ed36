/**
 * A calendar feed token as stored: never the secret, only its SHA-256.
 *
 * @internal
 */
export type StoredFeedToken = {
  id: string;
  name: string;
  userEntityRef: string;
  /** The owner's read access to releases when the token was made, as JSON. */
  readAccess: unknown;
  createdAt: string;
  lastUsedAt?: string;
  revokedAt?: string;
};

/**
 * Persistence of calendar feed tokens.
 *
 * @internal
 */
export interface FeedTokenStore {
  /** Stores a new token under the SHA-256 hex digest of its secret. */
  insertToken(token: {
    id: string;
    tokenHash: string;
    name: string;
    userEntityRef: string;
    readAccess: unknown;
    createdAt: string;
  }): Promise<StoredFeedToken>;
  /** The tokens of one user, revoked ones included, newest first. */
  listTokens(userEntityRef: string): Promise<StoredFeedToken[]>;
  /** The token with this secret digest, unless it is revoked or unknown. */
  findActiveToken(tokenHash: string): Promise<StoredFeedToken | undefined>;
  /**
   * Revokes one of the user's tokens; false when the user has no such token. Revoking a
   * revoked token keeps its first revocation time and answers true.
   */
  revokeToken(id: string, userEntityRef: string, at: string): Promise<boolean>;
  /** Records when a token was last used to read a feed. */
  touchToken(id: string, at: string): Promise<void>;
}
