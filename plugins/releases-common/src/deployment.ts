import { z } from 'zod';
import {
  RELEASE_TEXT_LIMITS as LIMITS,
  entityRefSchema,
  requiredText,
  isoDateTimeSchema,
} from './fieldSchemas';

/**
 * What a pipeline reports about a deployment.
 *
 * @public
 */
export const DEPLOYMENT_STATUSES = ['started', 'succeeded', 'failed'] as const;

/**
 * The body of `POST /deployments`, as a CI/CD pipeline sends it.
 *
 * @public
 */
export const deploymentReportSchema = z
  .object({
    entityRef: entityRefSchema(),
    environment: requiredText('The environment', LIMITS.id),
    version: requiredText('The version', LIMITS.version).optional(),
    status: z.enum(DEPLOYMENT_STATUSES, {
      message: `The status must be one of ${DEPLOYMENT_STATUSES.join(', ')}`,
    }),
    at: isoDateTimeSchema.optional(),
  })
  .strict();

/**
 * A deployment report.
 *
 * @public
 */
export type DeploymentReport = z.output<typeof deploymentReportSchema>;

/**
 * A recorded deployment. One that no approved release covers is an unauthorized
 * implementation, which the KPIs count.
 *
 * @public
 */
export type Deployment = {
  id: string;
  entityRef: string;
  environment: string;
  version?: string;
  status: (typeof DEPLOYMENT_STATUSES)[number];
  at: string;
  /** The approved release the deployment was matched to. */
  releaseId?: string;
  authorized: boolean;
  reportedBy: string;
};
