import { DateTime } from 'luxon';
import { z } from 'zod';
import { canonicalEntityRef } from './entityRefs';

/**
 * The longest value each free-text field of a release accepts, so one request cannot store
 * megabytes and every form can show its limit.
 *
 * @public
 */
export const RELEASE_TEXT_LIMITS = {
  title: 200,
  name: 200,
  version: 100,
  id: 100,
  url: 2000,
  checksum: 200,
  entityRef: 400,
  /** Reasons and comments: a few sentences. */
  reason: 2000,
  /** Plans and notes: a document. */
  document: 20000,
} as const;

/**
 * An ISO 8601 date-time with an offset (`Z` or `+02:00`), as every time on the wire is; its
 * message shows an example.
 *
 * @public
 */
export const isoDateTimeSchema = z.string().datetime({
  offset: true,
  message:
    'Use an ISO 8601 date-time with an offset, such as 2026-03-01T10:00:00Z',
});

/**
 * An IANA time zone name, such as `Europe/London`, optional; its message shows an example.
 *
 * @param field - The query or body field, as the message names it.
 * @public
 */
export function timeZoneSchema(field: string) {
  return z
    .string()
    .optional()
    .refine(
      zone => zone === undefined || DateTime.local().setZone(zone).isValid,
      `The ${field} must be an IANA time zone, such as Europe/London`,
    );
}

/**
 * A link a person typed: a full http or https url, so that no link shown from it can run
 * script (`javascript:`) or carry a document (`data:`).
 *
 * @param label - How a person calls the field, such as `The RFC url`.
 * @param example - An example url for the message.
 * @public
 */
export function httpUrlSchema(label: string, example: string) {
  return z
    .string()
    .max(
      RELEASE_TEXT_LIMITS.url,
      `${label} is too long: at most ${RELEASE_TEXT_LIMITS.url} characters`,
    )
    .url(`${label} must be a full url, such as ${example}`)
    .refine(
      url => /^https?:\/\//i.test(url),
      `${label} must start with http:// or https://`,
    );
}

/**
 * Text with a length limit that names the limit in its error message.
 *
 * @param label - How a person calls the field, such as `The title`.
 * @param max - The longest value accepted.
 * @public
 */
export function boundedText(label: string, max: number) {
  return z
    .string({
      required_error: `${label} is required`,
      invalid_type_error: `${label} must be text`,
    })
    .max(max, `${label} is too long: at most ${max} characters`);
}

/**
 * Text that must say something, with a length limit.
 *
 * @public
 */
export function requiredText(label: string, max: number) {
  return boundedText(label, max).trim().min(1, `${label} must not be empty`);
}

/**
 * An entity ref with an explicit kind, normalised to `kind:namespace/name`.
 *
 * @param kinds - When given, the kinds allowed.
 * @param example - An example used in the error message.
 * @public
 */
export function entityRefSchema(
  kinds?: readonly string[],
  example = 'component:default/payments-api',
) {
  const expected = kinds
    ? `a ${kinds.join(' or ')} entity ref`
    : 'an entity ref';
  return z
    .string({
      required_error: `Give ${expected}, such as ${example}`,
      invalid_type_error: `Use ${expected}, such as ${example}`,
    })
    .max(
      RELEASE_TEXT_LIMITS.entityRef,
      'An entity ref is at most 400 characters',
    )
    .transform((value, ctx) => {
      const ref = canonicalEntityRef(value, kinds);
      if (ref) return ref;
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        message: `'${value}' is not ${expected}; use kind:namespace/name, such as ${example}`,
      });
      return z.NEVER;
    });
}
