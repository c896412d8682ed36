import { Deployment } from '@stagegate/plugin-releases-common';
import { Knex } from 'knex';
import { DeploymentStore } from './DeploymentStore';
import { toDbTimestamp, toIsoUtc } from './timestamps';

type DbDeploymentRow = {
  id: string;
  entity_ref: string;
  environment: string;
  version: string | null;
  status: string;
  at: Date | string | number;
  release_id: string | null;
  authorized: boolean | number;
  reported_by: string;
};

/**
 * Stores reported deployments with knex, on SQLite or PostgreSQL.
 *
 * @internal
 */
export class DatabaseDeploymentStore implements DeploymentStore {
  constructor(private readonly db: Knex) {}

  async insertDeployment(deployment: Deployment): Promise<Deployment> {
    await this.db('deployments').insert({
      id: deployment.id,
      entity_ref: deployment.entityRef,
      environment: deployment.environment,
      version: deployment.version ?? null,
      status: deployment.status,
      at: toDbTimestamp(deployment.at),
      release_id: deployment.releaseId ?? null,
      authorized: deployment.authorized,
      reported_by: deployment.reportedBy,
    });
    return deployment;
  }

  async listDeployments(from: string, to: string): Promise<Deployment[]> {
    const rows: DbDeploymentRow[] = await this.db('deployments')
      .where('at', '>=', toDbTimestamp(from))
      .andWhere('at', '<', toDbTimestamp(to))
      .orderBy([
        { column: 'at', order: 'asc' },
        { column: 'id', order: 'asc' },
      ]);
    return rows.map(row => ({
      id: row.id,
      entityRef: row.entity_ref,
      environment: row.environment,
      version: row.version ?? undefined,
      status: row.status as Deployment['status'],
      at: toIsoUtc(row.at),
      releaseId: row.release_id ?? undefined,
      // SQLite keeps booleans as 0 and 1.
      authorized: Boolean(row.authorized),
      reportedBy: row.reported_by,
    }));
  }
}
