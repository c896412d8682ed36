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
 * is taken back, so the next run sends it. A warning is not a change of the release, so it
 * writes no history and keeps the revision.
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
          notice.message,
          resource.entityOwners,
        );
        // Unsent, it is not sent: the next run tries again rather than never.
        if (delivered) count += 1;
        else await this.deps.notices.release(notice);
      }
    }
    return { sent: count };
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
