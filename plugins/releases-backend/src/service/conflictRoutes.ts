import { AuditorService, HttpAuthService } from '@backstage/backend-plugin-api';
import {
  SlotsQuery,
  conflictCheckSchema,
  conflictOverrideRequestSchema,
  slotsQuerySchema,
} from '@stagegate/plugin-releases-common';
import {
  ConflictOverrides,
  ReleaseService,
  ScheduleService,
} from '../services';
import { audited } from './audited';
import { parse } from './parse';
import { ReleasesRouter } from './types';

/**
 * The conflict routes: a dry-run check of a slot and suggestions of conflict-free slots
 * (neither changes anything, so neither is audited), and overrides of a release's conflicts.
 *
 * @internal
 */
export function addConflictRoutes(
  router: ReleasesRouter,
  deps: {
    httpAuth: HttpAuthService;
    auditor: AuditorService;
    schedule: ScheduleService;
    overrides: ConflictOverrides;
    releases: ReleaseService;
  },
): void {
  const { httpAuth, auditor, schedule, overrides, releases } = deps;

  router.post('/releases/:id/conflict-overrides', async (req, res) => {
    const body = parse(conflictOverrideRequestSchema, req.body, 'body');
    const credentials = await httpAuth.credentials(req);
    const { id } = req.params;
    const release = await audited(
      auditor,
      req,
      'release-conflict-override',
      { releaseId: id, conflictIds: body.conflictIds },
      () => overrides.override(id, body, { credentials }),
      saved => ({ releaseId: saved.id, revision: saved.revision }),
    );
    res.status(200).json(releases.present(release));
  });

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
