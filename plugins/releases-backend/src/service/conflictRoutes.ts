import { HttpAuthService } from '@backstage/backend-plugin-api';
import {
  SlotsQuery,
  conflictCheckSchema,
  slotsQuerySchema,
} from '@stagegate/plugin-releases-common';
import { ScheduleService } from '../services';
import { parse } from './parse';
import { ReleasesRouter } from './types';

/**
 * The conflict routes: a dry-run check of a slot, and suggestions of conflict-free slots.
 * Neither changes anything, so neither is audited.
 *
 * @internal
 */
export function addConflictRoutes(
  router: ReleasesRouter,
  deps: { httpAuth: HttpAuthService; schedule: ScheduleService },
): void {
  const { httpAuth, schedule } = deps;

  router.post('/conflicts/check', async (req, res) => {
    const body = parse(conflictCheckSchema, req.body, 'body');
    await httpAuth.credentials(req);
    const conflicts = await schedule.checkConflicts(body);
    res.json({ conflicts });
  });

  router.get('/slots', async (req, res) => {
    const query = parse(slotsQuerySchema, req.query, 'query') as SlotsQuery;
    await httpAuth.credentials(req);
    const items = await schedule.suggestSlots(query);
    res.json({ items });
  });
}
