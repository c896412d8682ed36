import { GateFailure } from './gateTypes';
import { ReleaseStatus, releaseStatusLabel } from './lifecycle';

/** Statuses in which the plan itself may still change. */
const PLANNING_STATUSES: ReadonlySet<ReleaseStatus> = new Set<ReleaseStatus>([
  'planning',
  'build',
  'test',
  'readiness',
  'on_hold',
]);

/** Statuses after approval in which the record of what happened may still be completed. */
const RECORDING_STATUSES: ReadonlySet<ReleaseStatus> = new Set<ReleaseStatus>([
  'approved',
  'deploying',
  'deployed',
  'review',
]);

/** Statuses in which something reached production, so incidents can be recorded against it. */
const INCIDENT_STATUSES: ReadonlySet<ReleaseStatus> = new Set<ReleaseStatus>([
  'deploying',
  'deployed',
  'review',
  'closed',
  'failed',
  'backed_out',
]);

/**
 * The fields that may still change once a release is approved: what was approved must not
 * change behind the CAB's back, but the record of the deployment and its review must be
 * completed.
 *
 * @public
 */
export const FIELDS_EDITABLE_AFTER_APPROVAL: readonly string[] = [
  'schedule',
  'description',
  'knownErrors',
  'pirOutcome',
  // Who hears about the release is not part of what was approved.
  'distributionLists',
];

/**
 * Which of the fields an update touches may not change in the release's status, as failures
 * naming each field; empty when the update may go ahead. The schedule may still change after
 * approval only in its actual times and statuses, which the caller checks separately.
 *
 * @public
 */
export function checkEditableFields(
  status: ReleaseStatus,
  requested: readonly string[],
): GateFailure[] {
  // Incidents surface after deployment, often once the release is closed or backed out, and
  // are recorded whenever they do.
  const fields = INCIDENT_STATUSES.has(status)
    ? requested.filter(field => field !== 'incidents')
    : requested;
  if (PLANNING_STATUSES.has(status)) {
    return fields
      .filter(field => field === 'pirOutcome' || field === 'incidents')
      .map(field => ({
        gate: 'pir',
        field,
        message:
          field === 'incidents'
            ? 'Record incidents once the release is deployed'
            : 'Record the PIR once the release is deployed',
      }));
  }
  const allowed = RECORDING_STATUSES.has(status)
    ? FIELDS_EDITABLE_AFTER_APPROVAL
    : [];
  return fields
    .filter(field => !allowed.includes(field))
    .map(field => ({
      gate: 'lifecycle',
      field,
      message: RECORDING_STATUSES.has(status)
        ? `${field} cannot change once the release is ${releaseStatusLabel(
            status,
          )}; a reviewer can veto it back to build or test`
        : `${field} cannot change: the release is ${releaseStatusLabel(
            status,
          )}`,
    }));
}
