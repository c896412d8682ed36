import { LoggerService } from '@backstage/backend-plugin-api';
import { NotificationService } from '@backstage/plugin-notifications-node';
import { Release } from '@stagegate/plugin-releases-common';
import { ReleaseStore } from '../database';

/**
 * One notification about a release.
 *
 * @internal
 */
export type ReleaseMessage = {
  title: string;
  description: string;
  /** Who caused it; they are not notified of their own change. */
  actor?: string;
  /** Where the notification leads; defaults to the release on its Releases tab. */
  link?: string;
};

/**
 * Tells the release owner and the owners of the release's CIs what happened to a release.
 * A notification that cannot be sent is logged, never allowed to undo the change itself.
 *
 * @internal
 */
export class ReleaseNotifier {
  constructor(
    private readonly deps: {
      store: Pick<ReleaseStore, 'getReleaseResources'>;
      notifications?: NotificationService;
      logger: LoggerService;
    },
  ) {}

  /**
   * Tells the owners what happened, in a few words, and who did it; the actor is not
   * notified of their own change.
   */
  async releaseChanged(
    release: Release,
    what: string,
    actor: string,
  ): Promise<void> {
    await this.notify(release, {
      title: what,
      description: `${release.title} (${release.status}), by ${actor}`,
      actor,
    });
  }

  /**
   * Sends one message about a release to everyone who follows it. Scheduled tasks (warnings,
   * prompts) send without an actor.
   */
  async notify(release: Release, message: ReleaseMessage): Promise<void> {
    const [resource] = await this.deps.store.getReleaseResources([release.id]);
    await this.send(release, resource?.entityOwners ?? [], message);
  }

  private async send(
    release: Release,
    entityOwners: readonly string[],
    message: ReleaseMessage,
  ): Promise<void> {
    const recipients = [
      ...new Set([release.owner, release.createdBy, ...entityOwners]),
    ].filter((ref): ref is string => !!ref && /^(user|group):/.test(ref));
    if (!this.deps.notifications || recipients.length === 0) return;
    try {
      await this.deps.notifications.send({
        recipients: {
          type: 'entity',
          entityRef: recipients,
          ...(message.actor ? { excludeEntityRef: message.actor } : {}),
        },
        payload: {
          title: `${release.key}: ${message.title}`,
          description: message.description,
          link: message.link ?? releaseLink(release),
          topic: `release:${release.id}`,
          severity: release.category === 'emergency' ? 'high' : 'normal',
        },
      });
    } catch (error) {
      this.deps.logger.warn(
        `Could not notify about ${release.key}: ${String(error)}`,
      );
    }
  }
}

/**
 * Where a release is shown in the app: the Releases tab of its primary CI.
 *
 * @internal
 */
export function releaseLink(release: Release): string {
  const [primary] = release.entityRefs;
  const match = /^([^:]+):([^/]+)\/(.+)$/.exec(primary ?? '');
  if (!match) return '/releases';
  const [, kind, namespace, name] = match;
  return `/catalog/${namespace}/${kind}/${name}/releases?release=${release.id}`;
}
