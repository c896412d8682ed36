import {
  ReleaseOverdue,
  releaseStatusLabel,
} from '@stagegate/plugin-releases-common';
import { formatInstant } from './formatSlot';

/**
 * Why a release is flagged, in words: the stage it is stuck in, since when it is over the
 * stage's time limit (in `zone`, the viewer's by default), and the limit.
 *
 * @internal
 */
export function overdueText(overdue: ReleaseOverdue, zone?: string): string {
  return `Overdue in ${releaseStatusLabel(
    overdue.status,
  )} since ${formatInstant(overdue.dueAt, zone)} (limit ${overdue.limit})`;
}
