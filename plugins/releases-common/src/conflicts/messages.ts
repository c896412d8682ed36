import { ConflictParty, ConflictType, ScheduleInterval } from './types';

/** What a conflict message is made of. */
export type MessageParts = {
  type: ConflictType;
  itemKind: 'release' | 'change';
  other: ConflictParty;
  environment: string;
  /** The interval of the conflict, as ISO 8601 UTC from `Date.toISOString`. */
  interval: ScheduleInterval;
  /** The item's own CIs that are affected. */
  itemRefs: string[];
  /** The other item's CIs that are affected (related and owner conflicts). */
  otherRefs: string[];
  owner?: string;
  /** Categories the window lets through. */
  allowCategories?: readonly string[];
  /** For a maintenance window: its next occurrence that could hold the slot. */
  next?: ScheduleInterval;
};

/** `2026-03-28 22:00 UTC`, with seconds only when there are any. */
export function formatInstant(time: number | string): string {
  const iso = typeof time === 'string' ? time : new Date(time).toISOString();
  const seconds = iso.slice(16, 19) === ':00' ? '' : iso.slice(16, 19);
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)}${seconds} UTC`;
}

const list = (refs: readonly string[]) =>
  refs.length <= 1
    ? refs.join('')
    : `${refs.slice(0, -1).join(', ')} and ${refs[refs.length - 1]}`;

const party = (other: ConflictParty) =>
  `${other.kind} "${other.title}" (${other.id})`;

type Format = (iso: string) => string;

const span = (interval: ScheduleInterval, format: Format) =>
  `from ${format(interval.start)} to ${format(interval.end)}`;

function allowed(categories?: readonly string[]): string {
  return categories && categories.length > 0
    ? `; only ${list([...categories])} releases may go ahead in it`
    : '';
}

/** A sentence that says what collides, where and when, and what to do about it. */
export function conflictMessage(
  parts: MessageParts,
  format: Format = formatInstant,
): string {
  const { other, environment, itemKind } = parts;
  const refs = list(parts.itemRefs);
  const where = `in ${environment} ${span(parts.interval, format)}`;
  const allowedIn = allowed(parts.allowCategories);
  switch (parts.type) {
    case 'ci-overlap':
      return `The ${party(
        other,
      )} also changes ${refs} ${where}: move one of the two slots, or combine the changes into one release.`;
    case 'related-ci-overlap': {
      const theirs = list(parts.otherRefs);
      return `The ${party(
        other,
      )} changes ${theirs}, related to ${refs} that this ${itemKind} changes, ${where}: move one of the slots, or coordinate the two changes.`;
    }
    case 'owner-overlap':
      return `${parts.owner} also owns the ${party(
        other,
      )} ${where}: one owner cannot run two production slots at once, so hand one over or move it.`;
    case 'blackout-window':
      return `The blackout window "${other.title}" freezes ${refs} ${where}: move the slot out of it${allowedIn}.`;
    case 'outside-maintenance-window':
    default: {
      const next = parts.next
        ? `, for example the next one ${span(parts.next, format)}`
        : '';
      return `${refs} may only change in ${environment} inside the maintenance window "${
        other.title
      }", and the slot ${span(
        parts.interval,
        format,
      )} is not inside one occurrence: move it into one${next}${allowedIn}.`;
    }
  }
}
