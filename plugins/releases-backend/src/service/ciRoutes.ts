import { HttpAuthService } from '@backstage/backend-plugin-api';
import {
  MAX_RELATED_DEPTH,
  ciListQuerySchema,
  ciPathSchema,
} from '@stagegate/plugin-releases-common';
import { z } from 'zod';
import { CiService, ciRefFromPath } from '../services';
import { parse } from './parse';
import { ReleasesRouter } from './types';

/**
 * The CI routes: the list, one CI, and the CIs related to one.
 *
 * @internal
 */
export function addCiRoutes(
  router: ReleasesRouter,
  deps: {
    httpAuth: HttpAuthService;
    ciService: CiService;
    relatedDepth: number;
  },
): void {
  const { httpAuth, ciService } = deps;
  const relatedQuerySchema = z.object({
    depth: z.coerce
      .number()
      .int()
      .min(1)
      .max(MAX_RELATED_DEPTH)
      .default(deps.relatedDepth),
  });

  router.get('/cis', async (req, res) => {
    const query = parse(ciListQuerySchema, req.query, 'query');
    const credentials = await httpAuth.credentials(req);
    res.json(await ciService.listCis(query, { credentials }));
  });

  router.get('/cis/:kind/:namespace/:name', async (req, res) => {
    const { kind, namespace, name } = parse(ciPathSchema, req.params, 'path');
    const credentials = await httpAuth.credentials(req);
    const entityRef = ciRefFromPath(kind, namespace, name);
    res.json(await ciService.getCi(entityRef, { credentials }));
  });

  router.get('/cis/:kind/:namespace/:name/related', async (req, res) => {
    const { kind, namespace, name } = parse(ciPathSchema, req.params, 'path');
    const { depth } = parse(relatedQuerySchema, req.query, 'query');
    const credentials = await httpAuth.credentials(req);
    const entityRef = ciRefFromPath(kind, namespace, name);
    const items = await ciService.relatedCis(entityRef, depth, { credentials });
    res.json({ items });
  });
}
