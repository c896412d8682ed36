import { z } from 'zod';
import {
  RELEASE_TEXT_LIMITS as LIMITS,
  httpUrlSchema,
  requiredText,
} from './fieldSchemas';
import type { Release } from './release';
import { latestTestResults } from './testGates';

/**
 * How a backout ended: the previous state was restored, or restoring it failed too.
 *
 * @public
 */
export const BACKOUT_OUTCOMES = ['succeeded', 'failed'] as const;

/**
 * How a backout ended.
 *
 * @public
 */
export type BackoutOutcome = (typeof BACKOUT_OUTCOMES)[number];

/**
 * The outcome of a backout, as a transition to `backed_out` may record it.
 *
 * @public
 */
export const backoutOutcomeSchema = z.enum(BACKOUT_OUTCOMES, {
  message: `The backout outcome must be one of ${BACKOUT_OUTCOMES.join(', ')}`,
});

/**
 * An incident as a person records it against a release: its id in the incident tool, and
 * optionally a link to it (http or https only, so a link cannot run script).
 *
 * @public
 */
export const incidentInputSchema = z
  .object({
    id: requiredText('The incident id', LIMITS.id),
    url: httpUrlSchema(
      'The incident url',
      'https://itsm.example.com/INC-42',
    ).optional(),
  })
  .strict();

/**
 * An incident as a person records it.
 *
 * @public
 */
export type IncidentInput = z.output<typeof incidentInputSchema>;

/**
 * The incidents of a release in a PATCH: the whole list, each id once.
 *
 * @public
 */
export const incidentListSchema = z
  .array(incidentInputSchema)
  .max(200, 'A release can list at most 200 incidents')
  .superRefine((incidents, ctx) => {
    const seen = new Set<string>();
    incidents.forEach((incident, index) => {
      if (typeof incident?.id !== 'string') return;
      if (seen.has(incident.id)) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: [index, 'id'],
          message: `Incident ${incident.id} is listed more than once`,
        });
      }
      seen.add(incident.id);
    });
  });

/**
 * An incident caused by a release, with when it was first recorded against it; the KPIs
 * count it in the period of `recordedAt`.
 *
 * @public
 */
export type Incident = IncidentInput & { recordedAt: string };

/**
 * The incidents of a release after a PATCH that lists `input`: an incident already recorded
 * keeps its `recordedAt`, so editing its link does not move it to another KPI period; a new
 * one is stamped `now`.
 *
 * @public
 */
export function recordIncidents(
  before: readonly Incident[] | undefined,
  input: readonly IncidentInput[],
  now: string,
): Incident[] {
  const known = new Map(
    (before ?? []).map(incident => [incident.id, incident]),
  );
  return input.map(incident => ({
    ...incident,
    recordedAt: known.get(incident.id)?.recordedAt ?? now,
  }));
}

/**
 * Whether a release had adequate testing when it was approved: at its latest approving CAB or
 * ECAB decision (the one it went ahead on), at least one test result was recorded, and the latest result per test name
 * and environment recorded by then all passed. `false` for a release approved without that
 * evidence (emergencies that skipped the TRR included); `undefined` while it is not approved.
 *
 * @public
 */
export function testedBeforeApproval(release: Release): boolean | undefined {
  const approval = (release.approvals ?? [])
    .filter(
      decision =>
        decision.decision === 'approve' &&
        (decision.gate === 'cab' || decision.gate === 'ecab'),
    )
    .pop();
  if (!approval) return undefined;
  const approvedAt = Date.parse(approval.at);
  const evidence = latestTestResults(
    (release.testResults ?? []).filter(
      result => Date.parse(result.recordedAt) <= approvedAt,
    ),
  );
  return evidence.length > 0 && evidence.every(result => result.passed);
}
