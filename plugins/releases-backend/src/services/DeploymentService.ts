import { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  Deployment,
  DeploymentReport,
  Release,
  ScheduleSlot,
  findCoveringRelease,
  historyEntryFor,
  releaseDeployPermission,
  releaseListQuerySchema,
} from '@stagegate/plugin-releases-common';
import { randomUUID } from 'crypto';
import { DeploymentStore, ReleaseStore } from '../database';
import { actorOf } from './actor';
import { ReleaseAccess } from './ReleaseAccess';
import { ReleaseService } from './ReleaseService';

const SLOT_STATUS: Record<DeploymentReport['status'], ScheduleSlot['status']> =
  {
    started: 'in_progress',
    succeeded: 'done',
    failed: 'failed',
  };

/**
 * Records the deployments pipelines report. A deployment is matched to the approved release
 * that covers it, whose slot then gets its actual times; one that no approved release covers
 * is recorded as an unauthorized implementation.
 *
 * @internal
 */
export class DeploymentService {
  constructor(
    private readonly deps: {
      deployments: DeploymentStore;
      store: ReleaseStore;
      releases: ReleaseService;
      access: ReleaseAccess;
      now?: () => Date;
    },
  ) {}

  async report(
    report: DeploymentReport,
    { credentials }: { credentials: BackstageCredentials },
  ): Promise<{ deployment: Deployment; release?: Release }> {
    const at = report.at ?? (this.deps.now?.() ?? new Date()).toISOString();
    const candidates = await this.deps.releases.listReleases(
      releaseListQuerySchema.parse({
        entityRef: report.entityRef,
        status: ['approved', 'deploying', 'deployed'],
        limit: 200,
      }),
      { credentials },
    );
    const covering = findCoveringRelease(
      { ...report, at },
      candidates.items.map(release => inProgressAsOpen(release, report)),
    );
    const deployment = await this.deps.deployments.insertDeployment({
      id: randomUUID(),
      entityRef: report.entityRef,
      environment: report.environment,
      version: report.version,
      status: report.status,
      at,
      releaseId: covering?.id,
      authorized: covering !== undefined,
      reportedBy: actorOf(credentials),
    });
    const release = covering
      ? await this.recordOnSlot(covering.id, report, at, credentials)
      : undefined;
    return { deployment, release };
  }

  /** Puts the actual times on the release's slot, when the caller may deploy it. */
  private async recordOnSlot(
    releaseId: string,
    report: DeploymentReport,
    at: string,
    credentials: BackstageCredentials,
  ): Promise<Release | undefined> {
    const before = await this.deps.store.getRelease(releaseId);
    if (!before) return undefined;
    if (
      !(await this.deps.access.allows(
        releaseDeployPermission,
        credentials,
        releaseId,
      ))
    ) {
      return before;
    }
    const schedule = before.schedule.map(slot =>
      slot.environment === report.environment
        ? {
            ...slot,
            status: SLOT_STATUS[report.status],
            ...(report.status === 'started'
              ? { actualStart: at }
              : { actualStart: slot.actualStart ?? at, actualEnd: at }),
          }
        : slot,
    );
    const after: Release = {
      ...before,
      schedule,
      revision: before.revision + 1,
      updatedAt: at,
    };
    const entry = historyEntryFor(before, after, {
      action: 'updated',
      by: actorOf(credentials),
      at,
      reason: `Deployment ${report.status} in ${report.environment}, reported by a pipeline`,
    });
    const [saved] = await this.deps.store.saveChanges([
      { before, after, entry },
    ]);
    return saved;
  }
}

/**
 * A deployment that started inside its slot may finish after the slot ends; while it is in
 * progress the slot stays open for its report.
 */
function inProgressAsOpen(release: Release, report: DeploymentReport): Release {
  return {
    ...release,
    schedule: release.schedule.map(slot =>
      slot.environment === report.environment && slot.status === 'in_progress'
        ? { ...slot, end: '9999-12-31T23:59:59Z' }
        : slot,
    ),
  };
}
