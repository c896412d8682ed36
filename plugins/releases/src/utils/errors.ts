import { ResponseError } from '@backstage/errors';

/**
 * The message to show a person for a failed request: the backend's own message (which names
 * the failing gates, the missing field or the refusal) rather than the generic text of a
 * `ResponseError`.
 *
 * @internal
 */
export function errorMessage(error: unknown): string {
  if (error instanceof ResponseError) {
    const message = error.body?.error?.message;
    if (typeof message === 'string' && message.trim() !== '') return message;
  }
  // Errors from another realm (a worker, a test environment) fail `instanceof Error`.
  const message = (error as { message?: unknown } | undefined)?.message;
  if (typeof message === 'string') return message;
  return String(error);
}

/** The HTTP status of a failed request, when it was one. */
function statusCode(error: unknown): number | undefined {
  return error instanceof ResponseError ? error.statusCode : undefined;
}

/**
 * Whether a failed request was refused because the release changed since it was read (a
 * stale `revision`): a 409 whose message speaks of the revision. With `anyConflict`, every
 * 409 counts, for requests whose only possible conflict is a stale revision (a PATCH).
 *
 * @internal
 */
export function isStaleRevisionError(
  error: unknown,
  options: { anyConflict?: boolean } = {},
): boolean {
  if (statusCode(error) !== 409) return false;
  if (options.anyConflict) return true;
  return /revision|stale|changed since|modified since/i.test(
    errorMessage(error),
  );
}
