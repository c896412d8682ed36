import { z } from 'zod';
import { ChangeWindowSpec } from './changeWindow';
import {
  RELEASE_TEXT_LIMITS as LIMITS,
  boundedText,
  requiredText,
} from './fieldSchemas';

/**
 * A change window as the API lists it: from the catalog (read-only here, edited as code) or
 * created through the API (an ad-hoc freeze).
 *
 * @public
 */
export type ScheduleWindow = {
  /** The entity ref of a catalog window, or the id of an API window. */
  id: string;
  source: 'catalog' | 'api';
  title: string;
  description: string;
  spec: ChangeWindowSpec;
  /** Only API windows can be changed through the API; they carry a revision. */
  revision?: number;
  createdBy?: string;
  createdAt?: string;
  updatedAt?: string;
};

/**
 * The body of `POST /windows`. The spec is the same as a ChangeWindow entity's, checked with
 * the same rules, so a freeze created in a hurry is as valid as one registered as code.
 *
 * @public
 */
export const windowCreateSchema = z
  .object({
    title: requiredText('The title', LIMITS.title),
    description: boundedText('The description', LIMITS.document).optional(),
    spec: z.record(z.unknown(), {
      required_error:
        'Give the window spec: type, enforcement, timezone, timing, owner',
      invalid_type_error: 'The spec must be an object',
    }),
  })
  .strict();

/**
 * The body of `POST /windows`.
 *
 * @public
 */
export type WindowCreateRequest = z.output<typeof windowCreateSchema>;

/**
 * The body of `PATCH /windows/:id`: any of the fields, and the revision the change is based on.
 *
 * @public
 */
export const windowPatchSchema = windowCreateSchema.partial().extend({
  revision: z
    .number({
      required_error: 'Give the revision your change is based on',
      invalid_type_error: 'The revision must be a whole number',
    })
    .int('The revision must be a whole number'),
});

/**
 * The body of `PATCH /windows/:id`.
 *
 * @public
 */
export type WindowPatchRequest = z.output<typeof windowPatchSchema>;
