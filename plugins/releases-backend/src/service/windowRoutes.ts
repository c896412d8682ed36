import { AuditorService, HttpAuthService } from '@backstage/backend-plugin-api';
import {
  windowCreateSchema,
  windowPatchSchema,
} from '@stagegate/plugin-releases-common';
import { WindowService } from '../services';
import { audited } from './audited';
import { parse } from './parse';
import { ReleasesRouter } from './types';

/**
 * The change window routes: list catalog and API windows, manage the API ones.
 *
 * @internal
 */
export function addWindowRoutes(
  router: ReleasesRouter,
  deps: {
    httpAuth: HttpAuthService;
    auditor: AuditorService;
    windows: WindowService;
  },
): void {
  const { httpAuth, auditor, windows } = deps;

  router.get('/windows', async (req, res) => {
    const credentials = await httpAuth.credentials(req);
    res.json({ items: await windows.listWindows({ credentials }) });
  });

  router.post('/windows', async (req, res) => {
    const body = parse(windowCreateSchema, req.body, 'body');
    const credentials = await httpAuth.credentials(req);
    const window = await audited(
      auditor,
      req,
      'window-create',
      { title: body.title },
      () => windows.createWindow(body, { credentials }),
      created => ({ windowId: created.id }),
    );
    res.status(201).json(window);
  });

  router.patch('/windows/:id', async (req, res) => {
    const body = parse(windowPatchSchema, req.body, 'body');
    const credentials = await httpAuth.credentials(req);
    const { id } = req.params;
    res.json(
      await audited(auditor, req, 'window-update', { windowId: id }, () =>
        windows.updateWindow(id, body, { credentials }),
      ),
    );
  });

  router.delete('/windows/:id', async (req, res) => {
    const credentials = await httpAuth.credentials(req);
    const { id } = req.params;
    await audited(auditor, req, 'window-delete', { windowId: id }, () =>
      windows.deleteWindow(id, { credentials }),
    );
    res.status(204).end();
  });
}
