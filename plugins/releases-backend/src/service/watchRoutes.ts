import { AuditorService, HttpAuthService } from '@backstage/backend-plugin-api';
import {
  watchQuerySchema,
  watchRequestSchema,
} from '@stagegate/plugin-releases-common';
import { WatchService } from '../services';
import { audited } from './audited';
import { parse } from './parse';
import { ReleasesRouter } from './types';

/**
 * The caller's watches of CIs and systems. Only users watch: a service has nobody to notify.
 *
 * @internal
 */
export function addWatchRoutes(
  router: ReleasesRouter,
  deps: {
    httpAuth: HttpAuthService;
    auditor: AuditorService;
    watches: WatchService;
  },
): void {
  const { httpAuth, auditor, watches } = deps;

  router.get('/watches', async (req, res) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    res.status(200).json({ items: await watches.listWatches({ credentials }) });
  });

  router.put('/watches', async (req, res) => {
    const { targetRef } = parse(watchRequestSchema, req.body, 'body');
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    const watch = await audited(
      auditor,
      req,
      'watch-start',
      { targetRef },
      () => watches.watch(targetRef, { credentials }),
    );
    res.status(200).json(watch);
  });

  router.delete('/watches', async (req, res) => {
    const { targetRef } = parse(watchQuerySchema, req.query, 'query');
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    await audited(auditor, req, 'watch-stop', { targetRef }, () =>
      watches.unwatch(targetRef, { credentials }),
    );
    res.status(204).end();
  });
}
