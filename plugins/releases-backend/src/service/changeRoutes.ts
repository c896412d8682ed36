import { AuditorService, HttpAuthService } from '@backstage/backend-plugin-api';
import {
  changeCreateSchema,
  changeListQuerySchema,
} from '@stagegate/plugin-releases-common';
import { ChangeService } from '../services';
import { audited } from './audited';
import { parse } from './parse';
import { ReleasesRouter } from './types';

/**
 * The routes of changes that are not releases.
 *
 * @internal
 */
export function addChangeRoutes(
  router: ReleasesRouter,
  deps: {
    httpAuth: HttpAuthService;
    auditor: AuditorService;
    changes: ChangeService;
  },
): void {
  const { httpAuth, auditor, changes } = deps;

  router.get('/changes', async (req, res) => {
    const query = parse(changeListQuerySchema, req.query, 'query');
    await httpAuth.credentials(req);
    res.json(await changes.listChanges(query));
  });

  router.post('/changes', async (req, res) => {
    const body = parse(changeCreateSchema, req.body, 'body');
    const credentials = await httpAuth.credentials(req);
    const change = await audited(
      auditor,
      req,
      'change-create',
      { entityRefs: body.entityRefs, environment: body.environment },
      () => changes.createChange(body, { credentials }),
      created => ({ changeId: created.id }),
    );
    res.status(201).json(change);
  });
}
