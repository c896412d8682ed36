import { createValidatedOpenApiRouter } from '@backstage/backend-openapi-utils';
import { spec } from './openapi.generated';

/**
 * Creates an express router that validates every request, and in tests every response,
 * against the OpenAPI spec.
 *
 * @internal
 */
export const createOpenApiRouter = async (
  options?: Parameters<typeof createValidatedOpenApiRouter>['1'],
) => createValidatedOpenApiRouter<typeof spec>(spec, options);

export { spec };
