import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import {
  ConflictOverrideRequest,
  Release,
  conflictOverridePermission,
  historyEntryFor,
} from '@stagegate/plugin-releases-common';
import { ReleaseStore } from '../database';
import { actorOf } from './actor';
import { checkRevision } from './ReleaseCommands';
import { ReleaseAccess } from './ReleaseAccess';
import { ReleaseNotifier } from './ReleaseNotifier';
import { ScheduleService } from './ScheduleService';

/**
 * Records overrides of a release's conflicts, by id and with a reason, for callers with
 * `releases.conflict.override`. Only conflicts the release has now can be overridden, so an
 * override never covers a conflict nobody has seen.
 *
 * @internal
 */
export class ConflictOverrides {
  constructor(
    private readonly deps: {
      store: ReleaseStore;
      access: ReleaseAccess;
      schedule: ScheduleService;
      notifier: ReleaseNotifier;
      now?: () => Date;
    },
  ) {}

  async override(
    id: string,
    request: ConflictOverrideRequest,
    { credentials }: { credentials: BackstageCredentials },
  ): Promise<Release> {
    const before = await this.deps.access.load(id, credentials);
    await this.deps.access.require(
      conflictOverridePermission,
      credentials,
      before,
    );
    checkRevision(before, request.revision);
    const checked = await this.deps.schedule.checkedConflictsOf(before);
    const current = new Set(checked.items.map(conflict => conflict.id));
    const unknown = request.conflictIds.filter(cid => !current.has(cid));
    if (unknown.length > 0) {
      throw new InputError(
        `Invalid body: conflictIds: ${
          before.key
        } has no conflict ${unknown.join(', ')}; its current conflicts are ${
          [...current].join(', ') || 'none'
        }`,
      );
    }
    const actor = actorOf(credentials);
    const at = checked.checkedAt;
    const after: Release = {
      ...before,
      conflictOverrides: [
        ...(before.conflictOverrides ?? []),
        {
          by: actor,
          reason: request.reason,
          at,
          conflictIds: [...new Set(request.conflictIds)],
        },
      ],
      revision: before.revision + 1,
      updatedAt: at,
    };
    const entry = historyEntryFor(before, after, {
      action: 'conflict-override',
      by: actor,
      at,
      reason: request.reason,
    });
    const [saved] = await this.deps.store.saveChanges([
      { before, after, entry, checkedConflicts: checked },
    ]);
    await this.deps.notifier.releaseChanged(
      saved,
      `conflicts overridden: ${request.conflictIds.join(', ')}`,
      actor,
    );
    return saved;
  }
}
