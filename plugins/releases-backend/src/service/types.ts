import { ApiRouter } from '@backstage/backend-openapi-utils';
import { spec } from '../schema/openapi';

/**
 * The router typed by the OpenAPI spec.
 *
 * @internal
 */
export type ReleasesRouter = ApiRouter<typeof spec>;
