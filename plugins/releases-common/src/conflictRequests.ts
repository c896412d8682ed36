import { Duration } from 'luxon';
import { z } from 'zod';
import { MAX_SUGGESTED_SLOTS } from './conflicts';
import {
  RELEASE_TEXT_LIMITS as LIMITS,
  entityRefSchema,
  requiredText,
  isoDateTimeSchema,
} from './fieldSchemas';
import { oneOrMany } from './queryParams';
import { RELEASE_CATEGORIES } from './release';

const categorySchema = z.enum(RELEASE_CATEGORIES, {
  message: `The category must be one of ${RELEASE_CATEGORIES.join(', ')}`,
});

const entityRefsSchema = z
  .array(entityRefSchema(), {
    required_error: 'Name at least one CI the slot changes',
  })
  .min(1, 'Name at least one CI the slot changes')
  .max(100, 'A slot can name at most 100 CIs');

/**
 * The body of `POST /conflicts/check`: a slot to check against the forward schedule of
 * changes and the change windows, without saving anything.
 *
 * @public
 */
export const conflictCheckSchema = z
  .object({
    entityRefs: entityRefsSchema,
    environment: requiredText('The environment', LIMITS.id),
    start: isoDateTimeSchema,
    end: isoDateTimeSchema,
    category: categorySchema.default('scheduled'),
    owner: entityRefSchema(['user', 'group']).optional(),
    /** The release being rescheduled: its own slots are not in the way. */
    excludeReleaseId: requiredText('The release id', LIMITS.id).optional(),
  })
  .strict()
  .superRefine((slot, ctx) => {
    if (Date.parse(slot.end) <= Date.parse(slot.start)) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['end'],
        message: 'The slot must end after it starts',
      });
    }
  });

/**
 * The body of `POST /conflicts/check`.
 *
 * @public
 */
export type ConflictCheckRequest = z.output<typeof conflictCheckSchema>;

/**
 * The query of `GET /slots`: the next conflict-free slots of a duration for some CIs in one
 * environment.
 *
 * @public
 */
export const slotsQuerySchema = z.object({
  entityRef: oneOrMany(entityRefSchema()).refine(
    refs => refs !== undefined && refs.length > 0,
    'Name at least one CI, such as component:default/payments-api',
  ),
  environment: requiredText('The environment', LIMITS.id),
  duration: z
    .string({ required_error: 'Give the duration, such as PT2H' })
    .refine(value => {
      const duration = Duration.fromISO(value);
      return duration.isValid && duration.toMillis() > 0;
    }, 'The duration must be a positive ISO 8601 duration, such as PT2H'),
  after: isoDateTimeSchema.optional(),
  count: z.coerce
    .number({ invalid_type_error: 'The count must be a whole number' })
    .int('The count must be a whole number')
    .min(1, 'The count must be at least 1')
    .max(
      MAX_SUGGESTED_SLOTS,
      `The count must be at most ${MAX_SUGGESTED_SLOTS}`,
    )
    .default(5),
  category: categorySchema.default('scheduled'),
  owner: entityRefSchema(['user', 'group']).optional(),
  excludeReleaseId: requiredText('The release id', LIMITS.id).optional(),
});

/**
 * A parsed query of `GET /slots`.
 *
 * @public
 */
export type SlotsQuery = z.output<typeof slotsQuerySchema> & {
  entityRef: string[];
};
