import {
  Release,
  ReleaseOverdue,
  StagePrompt,
} from '@stagegate/plugin-releases-common';
import { DateTime } from 'luxon';
import { ReleaseMessage } from './ReleaseNotifier';

// Notifications are read anywhere, so instants are spelled out in UTC.
const when = (iso: string) =>
  DateTime.fromISO(iso, { zone: 'utc' }).toFormat("d LLL yyyy HH:mm 'UTC'");

/**
 * What a stage warning or prompt says about a release.
 *
 * @internal
 */
export function stageNoticeMessage(
  release: Release,
  notice:
    | { kind: 'overdue'; overdue: ReleaseOverdue }
    | { kind: StagePrompt['kind']; prompt: StagePrompt },
): ReleaseMessage {
  if ('overdue' in notice) {
    const { status, enteredAt, limit, dueAt } = notice.overdue;
    return {
      title: `overdue in ${status}`,
      description: `${release.title} has been in ${status} since ${when(
        enteredAt,
      )}, longer than its ${limit} limit (due ${when(dueAt)}).`,
    };
  }
  const { prompt } = notice;
  switch (prompt.kind) {
    case 'trr':
      return {
        title: 'ready for its test readiness review',
        description: `${release.title}: every test result is recorded and passing; hold the TRR and move it to readiness.`,
      };
    case 'pir':
      return {
        title: 'post-implementation review due',
        description: `${release.title} was deployed to production by ${when(
          prompt.occasion,
        )}; record the PIR outcome and notes.`,
      };
    default:
      return {
        title: 'backout plan missing',
        description: `${release.title} goes to production at ${when(
          prompt.occasion,
        )} without a backout plan; write how to restore the previous state.`,
      };
  }
}
