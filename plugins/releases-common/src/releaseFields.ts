import { z } from 'zod';
import {
  RELEASE_TEXT_LIMITS,
  boundedText,
  entityRefSchema,
  requiredText,
  isoDateTimeSchema,
  httpUrlSchema,
} from './fieldSchemas';

/**
 * Kinds of item in a release's contents: a built artifact, a configuration change, or a
 * document (runbook, release notes).
 *
 * @public
 */
export const CONTENT_ITEM_KINDS = ['artifact', 'config', 'document'] as const;

/**
 * One item of the version description document (VDD). Artifacts need a checksum, because the
 * checksum is what proves the installed bits came from the definitive software library.
 *
 * @public
 */
export const contentItemSchema = z
  .object({
    name: requiredText('The item name', RELEASE_TEXT_LIMITS.name),
    version: requiredText('The item version', RELEASE_TEXT_LIMITS.version),
    kind: z.enum(CONTENT_ITEM_KINDS, {
      message: `The item kind must be one of ${CONTENT_ITEM_KINDS.join(', ')}`,
    }),
    checksum: boundedText('The checksum', RELEASE_TEXT_LIMITS.checksum)
      .trim()
      .regex(
        /^\S+$/,
        'The checksum must not contain spaces, such as sha256:9f86d08…',
      )
      .optional(),
    /** Where the item lives in the definitive software library. */
    source: boundedText('The source', RELEASE_TEXT_LIMITS.url)
      .trim()
      .optional(),
  })
  .strict()
  .superRefine((item, ctx) => {
    if (item.kind === 'artifact' && !item.checksum) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['checksum'],
        message: `Give the checksum of artifact '${item.name}', such as sha256:9f86d08…`,
      });
    }
  });

/**
 * One item of the version description document (VDD).
 *
 * @public
 */
export type ContentItem = z.output<typeof contentItemSchema>;

/**
 * A test result as a person or a pipeline reports it; the server adds who and when.
 * Without an environment, the result belongs to pre-production testing.
 *
 * @public
 */
export const testResultInputSchema = z
  .object({
    name: requiredText('The test name', RELEASE_TEXT_LIMITS.name),
    environment: requiredText(
      'The environment',
      RELEASE_TEXT_LIMITS.id,
    ).optional(),
    passed: z.boolean({
      message: 'Say whether the test passed (true or false)',
    }),
  })
  .strict();

/**
 * A test result as a person or a pipeline reports it.
 *
 * @public
 */
export type TestResultInput = z.output<typeof testResultInputSchema>;

/**
 * A recorded test result. The latest result per test name and environment is the one that
 * counts, so a re-run after a fix replaces a failure without rewriting history.
 *
 * @public
 */
export const testResultSchema = testResultInputSchema.extend({
  recordedAt: isoDateTimeSchema,
  recordedBy: entityRefSchema(undefined, 'user:default/ada'),
});

/**
 * A recorded test result.
 *
 * @public
 */
export type TestResult = z.output<typeof testResultSchema>;

/**
 * How to restore the previous state, and whether that was rehearsed. Scheduled releases need
 * a tested backout plan before their test readiness review.
 *
 * @public
 */
export const backoutPlanSchema = z
  .object({
    steps: requiredText('The backout steps', RELEASE_TEXT_LIMITS.document),
    tested: z
      .boolean({ message: 'Say whether the backout plan was tested' })
      .default(false),
  })
  .strict();

/**
 * How to restore the previous state.
 *
 * @public
 */
export type BackoutPlan = z.output<typeof backoutPlanSchema>;

/**
 * Outcomes of a post-implementation review (PIR).
 *
 * @public
 */
export const PIR_OUTCOMES = ['successful', 'partial', 'failed'] as const;

/**
 * The outcome of the post-implementation review, with notes on what was learned.
 *
 * @public
 */
export const pirOutcomeSchema = z
  .object({
    outcome: z.enum(PIR_OUTCOMES, {
      message: `The PIR outcome must be one of ${PIR_OUTCOMES.join(', ')}`,
    }),
    notes: requiredText('The PIR notes', RELEASE_TEXT_LIMITS.document),
  })
  .strict();

/**
 * The outcome of the post-implementation review.
 *
 * @public
 */
export type PirOutcome = z.output<typeof pirOutcomeSchema>;

/**
 * The request for change (RFC) a release is tied to.
 *
 * @public
 */
export const rfcSchema = z
  .object({
    id: requiredText('The RFC id', RELEASE_TEXT_LIMITS.id),
    url: httpUrlSchema(
      'The RFC url',
      'https://itsm.example.com/RFC-1234',
    ).optional(),
  })
  .strict();

/**
 * The request for change (RFC) a release is tied to.
 *
 * @public
 */
export type Rfc = z.output<typeof rfcSchema>;
