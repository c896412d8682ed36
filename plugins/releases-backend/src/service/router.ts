import { HttpAuthService } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import { releaseListQuerySchema } from '@stagegate/plugin-releases-common';
import { z } from 'zod';
import { ReleaseService } from '../services';
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
}) {
  const { httpAuth, releaseService } = deps;
  const router = await createOpenApiRouter();

  router.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });

  router.get('/releases', async (req, res) => {
    const query = parse(releaseListQuerySchema, req.query, 'query');
    const credentials = await httpAuth.credentials(req);
    res.json(await releaseService.listReleases(query, { credentials }));
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
