import { parseEntityRef } from '@backstage/catalog-model';
import { DistributionList } from '@stagegate/plugin-releases-common';

/**
 * Everything that decides who hears about a release, gathered by the notifier.
 *
 * @internal
 */
export type RecipientSources = {
  owner?: string;
  createdBy?: string;
  /** The catalog owners of the release's CIs. */
  entityOwners: readonly string[];
  /** The lists the release chose, then those its systems name. */
  listNames: readonly string[];
  /** The configured lists. */
  distributionLists: readonly DistributionList[];
  /** Users who watch one of the release's CIs or systems. */
  watchers: readonly string[];
};

/**
 * Who gets a release's notifications: its owner, its creator, the owners of its CIs, the
 * members of its and its systems' distribution lists, and the watchers of its CIs and
 * systems; each user or group once, in that order. Refs that are not users or groups (an
 * owner may be anything the catalog allows) are left out, since only people read
 * notifications. List names that are not configured are returned apart.
 *
 * @internal
 */
export function resolveRecipients(sources: RecipientSources): {
  recipients: string[];
  unknownLists: string[];
} {
  const lists = new Map(sources.distributionLists.map(l => [l.name, l]));
  const names = [...new Set(sources.listNames)];
  const recipients = [
    sources.owner,
    sources.createdBy,
    ...sources.entityOwners,
    ...names.flatMap(name => lists.get(name)?.members ?? []),
    ...sources.watchers,
  ].filter((ref): ref is string => !!ref && /^(user|group):/i.test(ref));
  return {
    recipients: [...new Set(recipients)],
    unknownLists: names.filter(name => !lists.has(name)),
  };
}

/**
 * The systems a release touches: those of its CIs, and its CIs that are systems themselves,
 * each once.
 *
 * @internal
 */
export function systemsOfCis(
  entityRefs: readonly string[],
  systemOf: (entityRef: string) => string | undefined,
): string[] {
  const systems = entityRefs.flatMap(ref => {
    const own = systemOf(ref);
    return [
      ...(parseEntityRef(ref).kind.toLocaleLowerCase('en-US') === 'system'
        ? [ref]
        : []),
      ...(own ? [own] : []),
    ];
  });
  return [...new Set(systems)];
}
