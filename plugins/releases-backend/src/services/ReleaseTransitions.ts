import {
  BackstageCredentials,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import { ConflictError } from '@backstage/errors';
import {
  ApprovalRequest,
  BackoutOutcome,
  CiWindow,
  Release,
  ReleaseStatus,
  TransitionContext,
  TransitionPreview,
  TransitionRequest,
  applyApproval,
  applyTransition,
  availableTransitions,
  checkApproval,
  checkTransition,
  childrenToBackOut,
  conflictOverridePermission,
  overriddenConflictIds,
  historyEntryFor,
  productionEnvironment,
  releaseApprovePermission,
  releaseStatusLabel,
  transitionPermission,
  windowGateDecision,
} from '@stagegate/plugin-releases-common';
import { ReleaseChange, ReleaseStore } from '../database';
import { actorOf } from './actor';
import { CiSnapshotCache } from './CiSnapshotCache';
import { ReleaseAccess } from './ReleaseAccess';
import { checkRevision } from './ReleaseCommands';
import { ReleaseNotifier } from './ReleaseNotifier';
import { ScheduleService } from './ScheduleService';

type Options = { credentials: BackstageCredentials };

/**
 * Moves releases through their gates and records gate decisions, on behalf of a caller. The
 * rules are the pure ones of `-common`; this class gathers what they need (children,
 * windows, permissions) and stores each accepted change with its history entry.
 *
 * @internal
 */
export class ReleaseTransitions {
  constructor(
    private readonly deps: {
      store: ReleaseStore;
      access: ReleaseAccess;
      snapshots: CiSnapshotCache;
      schedule: ScheduleService;
      userInfo: UserInfoService;
      notifier: ReleaseNotifier;
      environments: readonly string[];
      now?: () => Date;
    },
  ) {}

  /** Every status the release could move to next, with what still fails for each. */
  async preview(
    id: string,
    { credentials }: Options,
  ): Promise<TransitionPreview[]> {
    const release = await this.deps.access.load(id, credentials);
    const context = await this.contextFor(release, credentials);
    return availableTransitions(release, context);
  }

  /** Moves a release to another status, or refuses naming every failing gate. */
  async transition(
    id: string,
    request: TransitionRequest,
    { credentials }: Options,
  ): Promise<Release> {
    const before = await this.deps.access.load(
      id,
      credentials,
      transitionPermission(request.to),
    );
    if (request.revision !== undefined) checkRevision(before, request.revision);
    const context = {
      ...(await this.contextFor(before, credentials)),
      reason: request.reason,
    };
    const result = checkTransition(before, request.to, context);
    if (!result.allowed) {
      throw new ConflictError(
        `${before.key} cannot move from ${releaseStatusLabel(
          before.status,
        )} to ${releaseStatusLabel(request.to)}: ${result.failures
          .map(f => f.message)
          .join('; ')}`,
      );
    }
    const { backoutOutcome } = request;
    const changes = [
      this.change(before, request.to, context, request.reason, backoutOutcome),
    ];
    if (before.unitType === 'package' && request.to === 'backed_out') {
      for (const child of childrenToBackOut(context.children ?? [])) {
        changes.push(
          this.change(
            child,
            'backed_out',
            context,
            `Backed out with package ${before.key}: ${request.reason ?? ''}`,
            backoutOutcome,
          ),
        );
      }
    }
    changes[0].checkedConflicts = await this.deps.schedule.checkedConflictsOf(
      changes[0].after,
    );
    const [saved] = await this.deps.store.saveChanges(changes);
    await this.deps.schedule.refreshOtherParties(
      saved.id,
      before.conflicts,
      saved.conflicts,
    );
    await this.deps.notifier.releaseChanged(
      saved,
      `moved to ${releaseStatusLabel(saved.status)}`,
      context.actor,
    );
    return saved;
  }

  /** Records an approval or a rejection at a gate. */
  async decide(
    id: string,
    request: ApprovalRequest,
    { credentials }: Options,
  ): Promise<Release> {
    const before = await this.deps.access.load(
      id,
      credentials,
      releaseApprovePermission,
    );
    const actor = actorOf(credentials);
    const ownershipEntityRefs = await this.ownershipOf(credentials);
    const failures = checkApproval(before, request, actor, {
      ownershipEntityRefs,
    });
    if (failures.length > 0) {
      throw new ConflictError(
        `Cannot record this decision on ${before.key}: ${failures
          .map(f => f.message)
          .join('; ')}`,
      );
    }
    const at = this.now();
    const after = applyApproval(before, request, actor, at);
    const entry = historyEntryFor(before, after, {
      action: 'approval',
      by: actor,
      at,
      reason: request.comment,
    });
    const [saved] = await this.deps.store.saveChanges([
      { before, after, entry },
    ]);
    const verb = request.decision === 'approve' ? 'approved' : 'rejected';
    await this.deps.notifier.releaseChanged(
      saved,
      `${verb} at ${request.gate.toUpperCase()}`,
      actor,
    );
    return saved;
  }

  private change(
    before: Release,
    to: ReleaseStatus,
    context: TransitionContext,
    reason: string | undefined,
    backoutOutcome?: BackoutOutcome,
  ): ReleaseChange {
    const after = applyTransition(before, to, context.now);
    // A package's children are backed out with it, so they share its outcome.
    if (backoutOutcome) after.backoutOutcome = backoutOutcome;
    const entry = historyEntryFor(before, after, {
      action: 'transitioned',
      by: context.actor,
      at: context.now,
      reason,
    });
    return { before, after, entry };
  }

  private async contextFor(
    release: Release,
    credentials: BackstageCredentials,
  ): Promise<TransitionContext> {
    const now = this.now();
    const [children, canOverrideConflicts, windows, conflicts] =
      await Promise.all([
        release.unitType === 'package'
          ? this.deps.store.listChildren(release.id)
          : Promise.resolve(undefined),
        this.deps.access.allows(conflictOverridePermission, credentials),
        this.windowsOf(release, now),
        this.deps.schedule.releaseConflicts(release),
      ]);
    return {
      actor: actorOf(credentials),
      now,
      environments: this.deps.environments,
      children,
      blockingConflicts: conflicts
        .filter(conflict => conflict.enforcement === 'block')
        .map(({ id, message }) => ({ id, message })),
      canOverrideConflicts,
      gateDecision: windowGateDecision({
        category: release.category,
        environment: productionEnvironment(this.deps.environments),
        windows,
        overriddenConflictIds: overriddenConflictIds(release),
      }),
    };
  }

  private async windowsOf(release: Release, now: string): Promise<CiWindow[]> {
    return this.deps.schedule.windowsOfRelease(release, now);
  }

  private async ownershipOf(
    credentials: BackstageCredentials,
  ): Promise<string[] | undefined> {
    if ((credentials.principal as { type?: string }).type !== 'user') {
      return undefined;
    }
    const info = await this.deps.userInfo.getUserInfo(credentials);
    return info.ownershipEntityRefs;
  }

  private now(): string {
    return (this.deps.now?.() ?? new Date()).toISOString();
  }
}
