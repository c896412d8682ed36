import { InputError } from '@backstage/errors';

/**
 * Position after which the next page of a keyset-paginated list starts.
 *
 * @internal
 */
export interface KeysetCursor {
  /** The sort key of the last item of the previous page (an ISO 8601 time, an entity ref...). */
  after: string;
  /** Tie-breaker: the id of the last item of the previous page. */
  id: string;
}

/**
 * Encodes a cursor as an opaque URL-safe string.
 *
 * @internal
 */
export function encodeCursor(cursor: KeysetCursor): string {
  return Buffer.from(JSON.stringify(cursor), 'utf8').toString('base64url');
}

/**
 * Decodes a cursor made by {@link encodeCursor}; a malformed one is the caller's mistake.
 *
 * @internal
 */
export function decodeCursor(value: string): KeysetCursor {
  try {
    const parsed = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    if (typeof parsed?.after === 'string' && typeof parsed?.id === 'string') {
      return { after: parsed.after, id: parsed.id };
    }
  } catch {
    // fall through to the error below
  }
  throw new InputError(
    'cursor: not a cursor this API issued; pass the nextCursor of a previous page',
  );
}
