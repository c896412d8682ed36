import { AuditorService, HttpAuthService } from '@backstage/backend-plugin-api';
import {
  deploymentReportSchema,
  gateQuerySchema,
} from '@stagegate/plugin-releases-common';
import { DeploymentService, GateService } from '../services';
import { audited } from './audited';
import { parse } from './parse';
import { ReleasesRouter } from './types';

/**
 * The routes for CI/CD: the deployment gate and deployment reports.
 *
 * @internal
 */
export function addPipelineRoutes(
  router: ReleasesRouter,
  deps: {
    httpAuth: HttpAuthService;
    auditor: AuditorService;
    gate: GateService;
    deployments: DeploymentService;
    now?: () => Date;
  },
): void {
  const { httpAuth, auditor, gate, deployments } = deps;

  router.get('/gate', async (req, res) => {
    const query = parse(gateQuerySchema, req.query, 'query');
    const credentials = await httpAuth.credentials(req);
    const at = query.at ?? (deps.now?.() ?? new Date()).toISOString();
    res.json(await gate.decide({ ...query, at }, { credentials }));
  });

  router.post('/deployments', async (req, res) => {
    const body = parse(deploymentReportSchema, req.body, 'body');
    const credentials = await httpAuth.credentials(req);
    const result = await audited(
      auditor,
      req,
      'deployment-report',
      {
        entityRef: body.entityRef,
        environment: body.environment,
        status: body.status,
      },
      () => deployments.report(body, { credentials }),
      ({ deployment }) => ({
        deploymentId: deployment.id,
        authorized: deployment.authorized,
      }),
    );
    res.status(201).json(result);
  });
}
