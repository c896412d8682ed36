import { z } from 'zod';
import {
  RELEASE_TEXT_LIMITS as LIMITS,
  boundedText,
  entityRefSchema,
  requiredText,
  isoDateTimeSchema,
} from './fieldSchemas';
import { oneOrMany, pageCursorSchema, pageLimitSchema } from './queryParams';
import { RELEASE_CATEGORIES, ReleaseCategory } from './release';
import { rfcSchema } from './releaseFields';

/**
 * The statuses of a change that is not a release.
 *
 * @public
 */
export const CHANGE_STATUSES = [
  'planned',
  'in_progress',
  'done',
  'cancelled',
] as const;

/**
 * The status of a change.
 *
 * @public
 */
export type ChangeStatus = (typeof CHANGE_STATUSES)[number];

/**
 * An entry of the forward schedule of changes that is not a release: infrastructure work,
 * or an RFC imported from an ITSM tool by an external change source.
 *
 * @public
 */
export type Change = {
  id: string;
  title: string;
  description: string;
  entityRefs: string[];
  environment: string;
  /** ISO 8601 UTC; the change occupies `[start, end)`. */
  start: string;
  end: string;
  status: ChangeStatus;
  category: ReleaseCategory;
  owner?: string;
  /** `api`, or the id of the external change source it came from. */
  source: string;
  externalId?: string;
  rfc?: { id: string; url?: string };
  revision: number;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
};

/**
 * The body of `POST /changes`.
 *
 * @public
 */
export const changeCreateSchema = z
  .object({
    title: requiredText('The title', LIMITS.title),
    description: boundedText('The description', LIMITS.document).optional(),
    entityRefs: z
      .array(entityRefSchema())
      .min(1, 'Name at least one CI the change touches')
      .max(100, 'A change can name at most 100 CIs'),
    environment: requiredText('The environment', LIMITS.id),
    start: isoDateTimeSchema,
    end: isoDateTimeSchema,
    category: z
      .enum(RELEASE_CATEGORIES, {
        message: `The category must be one of ${RELEASE_CATEGORIES.join(', ')}`,
      })
      .default('scheduled'),
    owner: entityRefSchema(['user', 'group']).optional(),
    rfc: rfcSchema.optional(),
  })
  .strict()
  .superRefine((change, ctx) => {
    if (Date.parse(change.end) <= Date.parse(change.start)) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['end'],
        message: 'The change must end after it starts',
      });
    }
  });

/**
 * The body of `POST /changes`.
 *
 * @public
 */
export type ChangeCreateRequest = z.output<typeof changeCreateSchema>;

/**
 * Query of `GET /changes`: changes overlapping `[from, to)`, optionally for some CIs and
 * environments.
 *
 * @public
 */
export const changeListQuerySchema = z.object({
  entityRef: oneOrMany(z.string().min(1)),
  environment: oneOrMany(z.string().min(1)),
  from: isoDateTimeSchema.optional(),
  to: isoDateTimeSchema.optional(),
  limit: pageLimitSchema,
  cursor: pageCursorSchema,
});

/**
 * A parsed query of `GET /changes`.
 *
 * @public
 */
export type ChangeListQuery = z.output<typeof changeListQuerySchema>;
