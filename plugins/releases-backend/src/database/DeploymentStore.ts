import { Deployment } from '@stagegate/plugin-releases-common';

/**
 * Persistence of the deployments pipelines report.
 *
 * @internal
 */
export interface DeploymentStore {
  insertDeployment(deployment: Deployment): Promise<Deployment>;
  /** Deployments between `from` and `to` (half-open), oldest first. */
  listDeployments(from: string, to: string): Promise<Deployment[]>;
}
