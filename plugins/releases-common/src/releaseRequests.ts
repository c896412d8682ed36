import { z } from 'zod';
import { RELEASE_STATUSES } from './lifecycle';
import {
  RELEASE_CATEGORIES,
  RELEASE_UNIT_TYPES,
  scheduleSlotSchema,
} from './release';
import { APPROVAL_DECISIONS, APPROVAL_GATES } from './approvalFields';
import {
  RELEASE_TEXT_LIMITS as LIMITS,
  boundedText,
  entityRefSchema,
  requiredText,
} from './fieldSchemas';
import {
  backoutPlanSchema,
  contentItemSchema,
  pirOutcomeSchema,
  rfcSchema,
  testResultInputSchema,
} from './releaseFields';
import { backoutOutcomeSchema, incidentListSchema } from './kpiFields';
import { distributionListsSchema } from './distributionLists';

/**
 * A planned slot as a request gives it: its end must come after its start.
 *
 * @public
 */
export const scheduleSlotInputSchema = scheduleSlotSchema
  .extend({ environment: requiredText('The environment', LIMITS.id) })
  .superRefine((slot, ctx) => {
    if (Date.parse(slot.end) <= Date.parse(slot.start)) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['end'],
        message: `The slot in ${slot.environment} must end after it starts`,
      });
    }
  });

const entityRefsSchema = z
  .array(entityRefSchema(), {
    message: 'List the CIs of the release as entity refs',
  })
  .min(1, 'Name at least one CI, such as component:default/payments-api')
  .max(100, 'A release can name at most 100 CIs; split it into a package')
  .superRefine((refs, ctx) => {
    const seen = new Set<string>();
    refs.forEach((ref, index) => {
      // A ref that failed its own check is already reported, and is not text.
      if (typeof ref !== 'string') return;
      if (seen.has(ref.toLowerCase())) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: [index],
          message: `${ref} is listed more than once`,
        });
      }
      seen.add(ref.toLowerCase());
    });
  });

// The fields a person edits. Status, approvals, test results and the PIR have their own
// requests, because each of them is a decision or a record with its own rules.
const editableFields = {
  title: requiredText('The title', LIMITS.title),
  description: boundedText('The description', LIMITS.document).optional(),
  unitType: z.enum(RELEASE_UNIT_TYPES, {
    message: `The unit type must be one of ${RELEASE_UNIT_TYPES.join(', ')}`,
  }),
  category: z.enum(RELEASE_CATEGORIES, {
    message: `The category must be one of ${RELEASE_CATEGORIES.join(', ')}`,
  }),
  version: requiredText('The version', LIMITS.version).optional(),
  entityRefs: entityRefsSchema,
  owner: entityRefSchema(
    ['user', 'group'],
    'group:default/payments-team',
  ).optional(),
  rfc: rfcSchema.optional(),
  parentId: requiredText('The parent release id', LIMITS.id).optional(),
  schedule: z
    .array(scheduleSlotInputSchema)
    .max(50, 'A release can have at most 50 slots')
    .optional(),
  contents: z
    .array(contentItemSchema)
    .max(500, 'The contents can list at most 500 items')
    .optional(),
  testPlan: boundedText('The test plan', LIMITS.document).optional(),
  backoutPlan: backoutPlanSchema.optional(),
  acceptanceCriteria: boundedText(
    'The acceptance criteria',
    LIMITS.document,
  ).optional(),
  knownErrors: boundedText('The known errors', LIMITS.document).optional(),
  distributionLists: distributionListsSchema.optional(),
};

const revisionSchema = z
  .number({
    required_error:
      'Give the revision your change is based on, as read from the release',
    invalid_type_error: 'The revision must be a whole number',
  })
  .int('The revision must be a whole number')
  .min(1, 'The revision starts at 1');

/**
 * Body of `POST /releases`.
 *
 * @public
 */
export const releaseCreateSchema = z.object(editableFields).strict();

/**
 * Body of `POST /releases`, as parsed.
 *
 * @public
 */
export type ReleaseCreateRequest = z.output<typeof releaseCreateSchema>;

/**
 * Body of `PATCH /releases/:id`: any editable field, plus the PIR outcome once the release is
 * in review, and the `revision` the change is based on (a stale one is refused).
 *
 * @public
 */
export const releasePatchSchema = z
  .object(editableFields)
  .partial()
  .extend({
    pirOutcome: pirOutcomeSchema.optional(),
    incidents: incidentListSchema.optional(),
    revision: revisionSchema,
  })
  .strict()
  .refine(patch => Object.keys(patch).some(key => key !== 'revision'), {
    message: 'Change at least one field besides the revision',
  });

/**
 * Body of `PATCH /releases/:id`, as parsed.
 *
 * @public
 */
export type ReleasePatchRequest = z.output<typeof releasePatchSchema>;

/**
 * Body of a request that records test results; the server stamps who and when.
 *
 * @public
 */
export const testResultsRequestSchema = z
  .object({
    results: z
      .array(testResultInputSchema)
      .min(1, 'Record at least one test result')
      .max(500, 'Record at most 500 test results at once'),
    revision: revisionSchema.optional(),
  })
  .strict();

/**
 * Body of a request that records test results, as parsed.
 *
 * @public
 */
export type TestResultsRequest = z.output<typeof testResultsRequestSchema>;

/**
 * Body of `POST /releases/:id/transitions`.
 *
 * @public
 */
export const transitionRequestSchema = z
  .object({
    to: z.enum(RELEASE_STATUSES, {
      message: `The target status must be one of ${RELEASE_STATUSES.join(
        ', ',
      )}`,
    }),
    reason: boundedText('The reason', LIMITS.reason).trim().optional(),
    revision: revisionSchema.optional(),
    /** Only when backing out: how the backout ended, for the failed-backout KPI. */
    backoutOutcome: backoutOutcomeSchema.optional(),
  })
  .strict()
  .superRefine((request, ctx) => {
    if (request.backoutOutcome && request.to !== 'backed_out') {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['backoutOutcome'],
        message: 'A backout outcome can only be recorded when backing out',
      });
    }
  });

/**
 * Body of `POST /releases/:id/transitions`, as parsed.
 *
 * @public
 */
export type TransitionRequest = z.output<typeof transitionRequestSchema>;

/**
 * Body of `POST /releases/:id/approvals`. A rejection needs a comment, because the comment is
 * what the team has to fix.
 *
 * @public
 */
export const approvalRequestSchema = z
  .object({
    gate: z.enum(APPROVAL_GATES, {
      message: `The gate must be one of ${APPROVAL_GATES.join(', ')}`,
    }),
    decision: z.enum(APPROVAL_DECISIONS, {
      message: `The decision must be one of ${APPROVAL_DECISIONS.join(', ')}`,
    }),
    comment: boundedText('The comment', LIMITS.reason).trim().optional(),
  })
  .strict()
  .superRefine((request, ctx) => {
    if (request.decision === 'reject' && !request.comment) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['comment'],
        message:
          'Say why you reject the release, so the team knows what to fix',
      });
    }
  });

/**
 * Body of `POST /releases/:id/approvals`, as parsed.
 *
 * @public
 */
export type ApprovalRequest = z.output<typeof approvalRequestSchema>;

/**
 * Body of a request that overrides blocking scheduling conflicts.
 *
 * @public
 */
export const conflictOverrideRequestSchema = z
  .object({
    conflictIds: z
      .array(requiredText('A conflict id', LIMITS.id), {
        required_error: 'Name the blocking conflicts to override, by id',
        invalid_type_error: 'conflictIds must be a list of conflict ids',
      })
      .min(1, 'Name at least one conflict to override')
      .max(100, 'Override at most 100 conflicts at once'),
    reason: requiredText('The reason for the override', LIMITS.reason),
    revision: revisionSchema,
  })
  .strict();

/**
 * Body of a request that overrides blocking scheduling conflicts, as parsed.
 *
 * @public
 */
export type ConflictOverrideRequest = z.output<
  typeof conflictOverrideRequestSchema
>;
