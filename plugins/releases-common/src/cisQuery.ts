import { z } from 'zod';
import { makeValidator } from '@backstage/catalog-model';
import { CI_CLASSES, CRITICALITIES } from './ciAnnotations';
import { oneOrMany, pageCursorSchema, pageLimitSchema } from './queryParams';

const text = z.string().min(1).max(200);

/**
 * Query of the CI list, as it arrives on the wire. Every filter may be repeated, and a CI
 * matches when it matches any value of each filter given. `system` and `owner` take entity
 * refs or bare names; `q` searches the title, name and CI id.
 *
 * @public
 */
export const ciListQuerySchema = z.object({
  kind: oneOrMany(text),
  system: oneOrMany(text),
  owner: oneOrMany(text),
  class: oneOrMany(z.enum(CI_CLASSES)),
  criticality: oneOrMany(z.enum(CRITICALITIES)),
  q: text.optional(),
  limit: pageLimitSchema,
  cursor: pageCursorSchema,
});

/**
 * A parsed query of the CI list.
 *
 * @public
 */
export type CiListQuery = z.output<typeof ciListQuerySchema>;

const entityParts = makeValidator();

/**
 * The path of one CI, `/cis/:kind/:namespace/:name`, checked against the catalog's rules for
 * kinds, namespaces and names, so a malformed one is a 400 naming the part.
 *
 * @public
 */
export const ciPathSchema = z.object({
  kind: z
    .string()
    .refine(
      entityParts.isValidKind,
      'Not a valid entity kind, such as component',
    ),
  namespace: z
    .string()
    .refine(
      entityParts.isValidNamespace,
      'Not a valid namespace, such as default',
    ),
  name: z
    .string()
    .refine(
      entityParts.isValidEntityName,
      'Not a valid entity name, such as payments-api',
    ),
});
