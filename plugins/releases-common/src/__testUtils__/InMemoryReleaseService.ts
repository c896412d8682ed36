import {
  applyApproval,
  ApprovalDecisionRequest,
  checkApproval,
} from '../approvals';
import { checkTransition } from '../gates';
import {
  BlockingConflict,
  DeploymentGateDecision,
  GateFailure,
} from '../gateTypes';
import { HistoryAction, HistoryEntry, historyEntryFor } from '../history';
import { ReleaseStatus } from '../lifecycle';
import { childrenToBackOut } from '../packages';
import { Release } from '../release';
import { applyTransition } from '../transitions';

/** What the world outside the releases looks like right now. */
export type World = {
  now: string;
  environments: readonly string[];
  blockingConflicts: BlockingConflict[];
  gateDecision: DeploymentGateDecision;
};

/**
 * A release service made only of the pure rules: every accepted change replaces the release,
 * bumps its revision and appends one history entry, as the backend does in one transaction.
 */
export class InMemoryReleaseService {
  readonly releases = new Map<string, Release>();
  readonly history = new Map<string, HistoryEntry[]>();

  constructor(readonly world: World, releases: Release[]) {
    for (const release of releases) {
      this.releases.set(release.id, release);
      this.history.set(release.id, []);
    }
  }

  get(id: string): Release {
    const release = this.releases.get(id);
    if (!release) throw new Error(`No release ${id}`);
    return release;
  }

  childrenOf(id: string): Release[] {
    return [...this.releases.values()].filter(r => r.parentId === id);
  }

  /** What the gates say about a transition, without making it. */
  check(id: string, to: ReleaseStatus, actor: string, reason?: string) {
    return checkTransition(this.get(id), to, {
      actor,
      now: this.world.now,
      environments: this.world.environments,
      children: this.childrenOf(id),
      blockingConflicts: this.world.blockingConflicts,
      gateDecision: this.world.gateDecision,
      reason,
    });
  }

  transition(
    id: string,
    to: ReleaseStatus,
    actor: string,
    reason?: string,
  ): GateFailure[] {
    const release = this.get(id);
    const children = this.childrenOf(id);
    const result = this.check(id, to, actor, reason);
    if (!result.allowed) return result.failures;
    this.commit(
      release,
      applyTransition(release, to, this.world.now),
      'transitioned',
      actor,
      reason,
    );
    if (to === 'backed_out' && release.unitType === 'package') {
      for (const child of childrenToBackOut(children)) {
        const next = applyTransition(child, 'backed_out', this.world.now);
        this.commit(
          child,
          next,
          'transitioned',
          actor,
          `Package ${release.key} was backed out`,
        );
      }
    }
    return [];
  }

  decide(
    id: string,
    request: ApprovalDecisionRequest,
    actor: string,
  ): GateFailure[] {
    const release = this.get(id);
    const failures = checkApproval(release, request, actor);
    if (failures.length > 0) return failures;
    this.commit(
      release,
      applyApproval(release, request, actor, this.world.now),
      'approval',
      actor,
    );
    return [];
  }

  update(
    id: string,
    change: (release: Release) => Partial<Release>,
    actor: string,
  ) {
    const release = this.get(id);
    const next = {
      ...release,
      ...change(release),
      revision: release.revision + 1,
      updatedAt: this.world.now,
    };
    this.commit(release, next, 'updated', actor);
  }

  private commit(
    before: Release,
    after: Release,
    action: HistoryAction,
    by: string,
    reason?: string,
  ) {
    this.releases.set(after.id, after);
    this.history.get(after.id)!.push(
      historyEntryFor(before, after, {
        action,
        by,
        at: this.world.now,
        reason,
      }),
    );
  }
}
