import { HttpAuthService } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import {
  MAX_RELATED_DEPTH,
  ciListQuerySchema,
  releaseListQuerySchema,
} from '@stagegate/plugin-releases-common';
import { z } from 'zod';
import { CiService, ReleaseService, ciRefFromPath } from '../services';
import { createOpenApiRouter } from '../schema/openapi';

/**
 * Builds the HTTP router of the releases plugin. It only translates HTTP: validate the
 * request, take the caller's credentials, call a service.
 *
 * @internal
 */
export async function createRouter(deps: {
  httpAuth: HttpAuthService;
  releaseService: ReleaseService;
  ciService: CiService;
  relatedDepth: number;
}) {
  const { httpAuth, releaseService, ciService } = deps;
  const relatedQuerySchema = z.object({
    depth: z.coerce
      .number()
      .int()
      .min(1)
      .max(MAX_RELATED_DEPTH)
      .default(deps.relatedDepth),
  });
  const router = await createOpenApiRouter();

  router.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });

  router.get('/releases', async (req, res) => {
    const query = parse(releaseListQuerySchema, req.query, 'query');
    const credentials = await httpAuth.credentials(req);
    res.json(await releaseService.listReleases(query, { credentials }));
  });

  router.get('/cis', async (req, res) => {
    const query = parse(ciListQuerySchema, req.query, 'query');
    const credentials = await httpAuth.credentials(req);
    res.json(await ciService.listCis(query, { credentials }));
  });

  router.get('/cis/:kind/:namespace/:name', async (req, res) => {
    const { kind, namespace, name } = req.params;
    const credentials = await httpAuth.credentials(req);
    const entityRef = ciRefFromPath(kind, namespace, name);
    res.json(await ciService.getCi(entityRef, { credentials }));
  });

  router.get('/cis/:kind/:namespace/:name/related', async (req, res) => {
    const { kind, namespace, name } = req.params;
    const { depth } = parse(relatedQuerySchema, req.query, 'query');
    const credentials = await httpAuth.credentials(req);
    const entityRef = ciRefFromPath(kind, namespace, name);
    const items = await ciService.relatedCis(entityRef, depth, { credentials });
    res.json({ items });
  });

  return router;
}

/**
 * Parses input with a zod schema and turns a failure into a 400 naming every bad field.
 *
 * @internal
 */
export function parse<T extends z.ZodTypeAny>(
  schema: T,
  input: unknown,
  where: string,
): z.output<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const problems = result.error.issues.map(issue => {
    const field = issue.path.length ? issue.path.join('.') : where;
    return `${field}: ${issue.message}`;
  });
  throw new InputError(`Invalid ${where}: ${problems.join('; ')}`);
}
