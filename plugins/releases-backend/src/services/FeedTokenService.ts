import { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  AuthenticationError,
  NotAllowedError,
  NotFoundError,
} from '@backstage/errors';
import {
  CreatedFeedToken,
  FeedToken,
  FeedTokenCreateRequest,
} from '@stagegate/plugin-releases-common';
import { createHash, randomBytes, randomUUID } from 'crypto';
import { FeedTokenStore, StoredFeedToken } from '../database';
import { ReadAccess } from './ReleaseService';

/** How long a token's last use is not written again, so a busy feed does not write on each read. */
const TOUCH_INTERVAL_MS = 60_000;

/**
 * The SHA-256 hex digest of a feed token's secret: what is stored and looked up.
 *
 * @internal
 */
export function hashFeedToken(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

function isReadAccess(value: unknown): value is ReadAccess {
  const access = value as { result?: unknown; conditions?: unknown } | null;
  return (
    access?.result === 'ALLOW' ||
    (access?.result === 'CONDITIONAL' &&
      typeof access.conditions === 'object' &&
      access.conditions !== null)
  );
}

function toFeedToken(stored: StoredFeedToken): FeedToken {
  return {
    id: stored.id,
    name: stored.name,
    createdAt: stored.createdAt,
    ...(stored.lastUsedAt && { lastUsedAt: stored.lastUsedAt }),
    ...(stored.revokedAt && { revokedAt: stored.revokedAt }),
  };
}

function userOf(credentials: BackstageCredentials): string {
  const principal = credentials.principal as {
    type: string;
    userEntityRef?: string;
  };
  if (principal.type !== 'user' || !principal.userEntityRef) {
    throw new NotAllowedError(
      'Calendar feed tokens belong to users; sign in as a user to manage them',
    );
  }
  return principal.userEntityRef;
}

/**
 * Per-user calendar feed tokens: a calendar client passes one in the feed URL instead of a
 * Backstage token. A token keeps the read access its owner had when it was made, so the feed
 * shows what the owner could read then, until the token is revoked. Only the SHA-256 of the
 * secret is stored; the secret is shown once, when the token is made.
 *
 * @internal
 */
export class FeedTokenService {
  constructor(
    private readonly deps: {
      store: FeedTokenStore;
      readAccess: (credentials: BackstageCredentials) => Promise<ReadAccess>;
      now?: () => Date;
    },
  ) {}

  private now(): Date {
    return this.deps.now?.() ?? new Date();
  }

  /** Makes a token for the calling user, with their current read access; NotAllowedError for a service. */
  async createToken(
    request: FeedTokenCreateRequest,
    options: { credentials: BackstageCredentials },
  ): Promise<CreatedFeedToken> {
    const userEntityRef = userOf(options.credentials);
    const readAccess = await this.deps.readAccess(options.credentials);
    const secret = randomBytes(32).toString('base64url');
    const stored = await this.deps.store.insertToken({
      id: randomUUID(),
      tokenHash: hashFeedToken(secret),
      name: request.name,
      userEntityRef,
      readAccess,
      createdAt: this.now().toISOString(),
    });
    return { ...toFeedToken(stored), token: secret };
  }

  /** The calling user's tokens, revoked ones included, newest first, without secrets. */
  async listTokens(options: {
    credentials: BackstageCredentials;
  }): Promise<FeedToken[]> {
    const tokens = await this.deps.store.listTokens(
      userOf(options.credentials),
    );
    return tokens.map(toFeedToken);
  }

  /** Revokes one of the calling user's tokens; NotFoundError for anyone else's or none. */
  async revokeToken(
    id: string,
    options: { credentials: BackstageCredentials },
  ): Promise<void> {
    const revoked = await this.deps.store.revokeToken(
      id,
      userOf(options.credentials),
      this.now().toISOString(),
    );
    if (!revoked) {
      throw new NotFoundError(`You have no calendar feed token ${id}`);
    }
  }

  /**
   * Whose token a secret is and the read access it carries; AuthenticationError (401) when it
   * is unknown or revoked. Records the use.
   */
  async accessFor(
    secret: string,
  ): Promise<{ tokenId: string; userEntityRef: string; access: ReadAccess }> {
    const stored = await this.deps.store.findActiveToken(hashFeedToken(secret));
    if (!stored || !isReadAccess(stored.readAccess)) {
      throw new AuthenticationError(
        'This calendar feed token is unknown or has been revoked; make a new one on the release calendar page',
      );
    }
    const now = this.now();
    const lastUsed = stored.lastUsedAt ? Date.parse(stored.lastUsedAt) : 0;
    if (now.getTime() - lastUsed >= TOUCH_INTERVAL_MS) {
      await this.deps.store.touchToken(stored.id, now.toISOString());
    }
    return {
      tokenId: stored.id,
      userEntityRef: stored.userEntityRef,
      access: stored.readAccess,
    };
  }
}
