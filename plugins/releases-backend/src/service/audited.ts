import { AuditorService } from '@backstage/backend-plugin-api';
import { JsonObject } from '@backstage/types';
import { Request } from 'express';

/**
 * Runs a mutating operation inside an auditor event: it succeeds with the operation's
 * outcome, or fails with its error, which is then rethrown for the error handler.
 *
 * @internal
 */
export async function audited<T>(
  auditor: AuditorService,
  request: Request<any, any, any, any, any>,
  eventId: string,
  meta: JsonObject,
  operation: () => Promise<T>,
  outcome: (result: T) => JsonObject = () => ({}),
): Promise<T> {
  const event = await auditor.createEvent({
    eventId,
    request,
    severityLevel: 'medium',
    meta,
  });
  try {
    const result = await operation();
    await event.success({ meta: outcome(result) });
    return result;
  } catch (error) {
    await event.fail({ error: error as Error });
    throw error;
  }
}
