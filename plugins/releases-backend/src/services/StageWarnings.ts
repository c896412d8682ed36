import { LoggerService } from '@backstage/backend-plugin-api';
import {
  BACKOUT_PLAN_PROMPT_STATUSES,
  PIR_PROMPT_STATUSES,
  Release,
  StageSettings,
  TRR_PROMPT_STATUSES,
  duePrompts,
  instantAfter,
  instantBefore,
  productionEnvironment,
  stageOverdue,
} from '@stagegate/plugin-releases-common';
import {
  NoticeCandidateQuery,
  NoticeStore,
  ReleaseNotice,
  ReleaseStore,
  noticeKey,
} from '../database';
import { ReleaseMessage, ReleaseNotifier } from './ReleaseNotifier';
import { stageNoticeMessage } from './stageNoticeMessages';

/**
 * A notice that is due for a release, with what it says.
 *
 * @internal
 */
export type DueNotice = ReleaseNotice & { message: ReleaseMessage };

/**
 * Sends stage-overdue warnings and prompts (TRR, PIR, backout plan), each once per
 * occasion: a release that leaves a stage and comes back is warned again, one that stays is
 * not. Every notice is claimed in the database before it is sent, so replicas sharing one
 * database never both send it; a claim whose notice the notifications service did not take
 * is taken back, so the next run sends it. A notice sent again (the service failed after
 * storing it) carries the same scope, so the service updates the first one rather than
 * showing two. A warning is not a change of the release, so it writes no history and keeps
 * the revision.
 *
 * @internal
 */
export class StageWarnings {
  constructor(
    private readonly deps: {
      store: Pick<ReleaseStore, 'getReleaseResources'>;
      notices: NoticeStore;
      notifier: Pick<ReleaseNotifier, 'notify'>;
      settings: StageSettings;
      environments: readonly string[];
      logger: LoggerService;
      now?: () => Date;
    },
  ) {}

  /** Finds the notices due now and sends those no one has sent; returns how many it sent. */
  async run(): Promise<{ sent: number }> {
    const now = this.deps.now?.() ?? new Date();
    const candidates = await this.deps.notices.listCandidates(
      this.candidateQuery(now),
    );
    const sent = await this.deps.notices.listSent(
      candidates.map(candidate => candidate.releaseId),
    );
    const open = [
      ...new Set(
        candidates
          .filter(candidate => !sent.has(noticeKey(candidate)))
          .map(candidate => candidate.releaseId),
      ),
    ];
    const resources = await this.deps.store.getReleaseResources(open);
    let count = 0;
    for (const resource of resources) {
      if (!resource) continue;
      for (const notice of this.dueNotices(resource.release, now)) {
        if (sent.has(noticeKey(notice))) continue;
        if (!(await this.deps.notices.claim(notice))) continue;
        const delivered = await this.deps.notifier.notify(
          resource.release,
          { ...notice.message, scope: noticeScope(notice) },
          resource.entityOwners,
        );
        if (delivered) count += 1;
        else await this.unclaim(notice);
      }
    }
    return { sent: count };
  }

  /**
   * Takes back the claim of a notice the notifications service refused, so that an outage
   * of that service does not swallow the notice: the next run sends it. A claim that cannot
   * be taken back (the database is failing too) is logged, and the run goes on with the
   * other notices.
   */
  private async unclaim(notice: DueNotice) {
    try {
      await this.deps.notices.unclaim(notice);
    } catch (error) {
      this.deps.logger.warn(
        `Could not take back the claim of a ${notice.kind} notice of release ${
          notice.releaseId
        }, so it will not be sent: ${String(error)}`,
      );
    }
  }

  /** The warnings and prompts due for one release now, sent or not. */
  dueNotices(release: Release, now: Date): DueNotice[] {
    const { settings, environments } = this.deps;
    const sentAt = now.toISOString();
    const due: DueNotice[] = [];
    const overdue = stageOverdue(release, settings.timeLimits, now);
    if (overdue) {
      due.push({
        releaseId: release.id,
        kind: 'overdue',
        status: release.status,
        crossingKey: overdue.enteredAt,
        sentAt,
        message: stageNoticeMessage(release, { kind: 'overdue', overdue }),
      });
    }
    for (const prompt of duePrompts(release, settings, environments, now)) {
      due.push({
        releaseId: release.id,
        kind: prompt.kind,
        status: release.status,
        crossingKey: prompt.occasion,
        sentAt,
        message: stageNoticeMessage(release, { kind: prompt.kind, prompt }),
      });
    }
    return due;
  }

  private candidateQuery(now: Date): NoticeCandidateQuery {
    const { settings, environments } = this.deps;
    return {
      overdue: Object.entries(settings.timeLimits).flatMap(([status, limit]) =>
        limit ? [{ status, enteredBy: instantBefore(now, limit) }] : [],
      ),
      production: productionEnvironment(environments),
      trrStatuses: TRR_PROMPT_STATUSES,
      pir: {
        statuses: PIR_PROMPT_STATUSES,
        endedBy: instantBefore(now, settings.pirDueAfter),
      },
      backoutPlan: {
        statuses: BACKOUT_PLAN_PROMPT_STATUSES,
        from: now.toISOString(),
        to: instantAfter(now, settings.backoutPlanLead),
      },
    };
  }
}

/**
 * A notice's scope in the notifications service: its release, kind and occasion, separated
 * by colons (the store's key separates them with NUL, which PostgreSQL text cannot hold).
 */
function noticeScope(notice: DueNotice): string {
  return `stage-notice:${notice.releaseId}:${notice.kind}:${notice.crossingKey}`;
}
