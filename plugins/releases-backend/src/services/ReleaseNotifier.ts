import { LoggerService } from '@backstage/backend-plugin-api';
import { NotificationService } from '@backstage/plugin-notifications-node';
import {
  DistributionList,
  Release,
  ReleaseStatus,
} from '@stagegate/plugin-releases-common';
import { ReleaseStore, WatchStore } from '../database';
import type { CiSnapshotCache } from './CiSnapshotCache';
import { resolveRecipients, systemsOfCis } from './notificationRecipients';

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
  /**
   * Where the notification leads; defaults to the release on its Releases tab, or to its
   * release notes once it is approved.
   */
  link?: string;
  /**
   * The notification's identity for the notifications service: a second send with the same
   * scope updates the first notification instead of adding another, so a message that is
   * sent again after a failure that hid a success is still shown once.
   */
  scope?: string;
};

/**
 * Tells the people who follow a release what happened to it: its owner, its creator, the
 * owners of its CIs, the members of its and its systems' distribution lists, and the users
 * who watch its CIs or systems. A notification that cannot be sent is logged, never allowed
 * to undo the change itself.
 *
 * @internal
 */
export class ReleaseNotifier {
  constructor(
    private readonly deps: {
      store: Pick<ReleaseStore, 'getReleaseResources'>;
      notifications?: NotificationService;
      logger: LoggerService;
      /** Who watches which CIs and systems; without it, nobody is a watcher. */
      watches?: Pick<WatchStore, 'watchersOf'>;
      /** Where the systems of the CIs and their distribution lists are read. */
      snapshots?: Pick<CiSnapshotCache, 'get'>;
      /** The configured distribution lists. */
      distributionLists?: readonly DistributionList[];
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
   * prompts) send without an actor. A caller that has read the owners of the release's CIs
   * already passes them, so they are not read again. False when the notifications service
   * failed to take it (logged), so a caller that can try again later does; true when it was
   * sent, or when there is nobody or no service to send it to.
   */
  async notify(
    release: Release,
    message: ReleaseMessage,
    entityOwners?: readonly string[],
  ): Promise<boolean> {
    const notifications = this.deps.notifications;
    if (!notifications) return true;
    const recipients = await this.recipientsOf(release, entityOwners);
    if (recipients.length === 0) return true;
    return this.send(notifications, release, recipients, message);
  }

  private async recipientsOf(
    release: Release,
    knownOwners?: readonly string[],
  ): Promise<string[]> {
    const entityOwners =
      knownOwners ??
      (await this.deps.store.getReleaseResources([release.id]))[0]
        ?.entityOwners ??
      [];
    const base = {
      owner: release.owner,
      createdBy: release.createdBy,
      entityOwners,
      distributionLists: this.deps.distributionLists ?? [],
    };
    let followers = {
      listNames: release.distributionLists ?? [],
      watchers: [] as string[],
    };
    try {
      followers = await this.followersOf(release);
    } catch (error) {
      // The owners still hear about it when the catalog or the watches cannot be read.
      this.deps.logger.warn(
        `Could not find the watchers and systems of ${release.key}: ${String(
          error,
        )}`,
      );
    }
    const { recipients, unknownLists } = resolveRecipients({
      ...base,
      ...followers,
    });
    if (unknownLists.length > 0) {
      this.deps.logger.warn(
        `${
          release.key
        } names distribution lists that are not configured: ${unknownLists.join(
          ', ',
        )}`,
      );
    }
    return recipients;
  }

  /** The lists of the release and its systems, and the watchers of its CIs and systems. */
  private async followersOf(release: Release) {
    const snapshot = await this.deps.snapshots?.get();
    const systems = systemsOfCis(
      release.entityRefs,
      ref => snapshot?.get(ref)?.system,
    );
    const listNames = [
      ...(release.distributionLists ?? []),
      ...systems.flatMap(ref => snapshot?.get(ref)?.distributionLists ?? []),
    ];
    const watchers =
      (await this.deps.watches?.watchersOf([
        ...release.entityRefs,
        ...systems,
      ])) ?? [];
    return { listNames, watchers };
  }

  private async send(
    notifications: NotificationService,
    release: Release,
    recipients: string[],
    message: ReleaseMessage,
  ): Promise<boolean> {
    try {
      await notifications.send({
        recipients: {
          type: 'entity',
          entityRef: recipients,
          ...(message.actor ? { excludeEntityRef: message.actor } : {}),
        },
        payload: {
          title: `${release.key}: ${message.title}`,
          description: message.description,
          link: message.link ?? defaultLink(release),
          topic: `release:${release.id}`,
          ...(message.scope ? { scope: message.scope } : {}),
          severity: release.category === 'emergency' ? 'high' : 'normal',
        },
      });
      return true;
    } catch (error) {
      this.deps.logger.warn(
        `Could not notify about ${release.key}: ${String(error)}`,
      );
      return false;
    }
  }
}

/** Statuses in which the release notes say what is going, or went, to production. */
const NOTES_STATUSES: ReadonlySet<ReleaseStatus> = new Set<ReleaseStatus>([
  'approved',
  'deploying',
  'deployed',
]);

function defaultLink(release: Release): string {
  return NOTES_STATUSES.has(release.status)
    ? releaseNotesLink(release)
    : releaseLink(release);
}

/**
 * Where a release's notes are shown in the app: the release on its Releases tab, opened on
 * its notes (`&view=notes`).
 *
 * @internal
 */
export function releaseNotesLink(release: Release): string {
  const link = releaseLink(release);
  return link.includes('?') ? `${link}&view=notes` : link;
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
