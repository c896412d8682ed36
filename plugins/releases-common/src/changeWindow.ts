import { Entity } from '@backstage/catalog-model';
import { z } from 'zod';
import { CHANGE_WINDOW_API_VERSION, CHANGE_WINDOW_KIND } from './annotations';

/**
 * Window types: a blackout denies changes inside it; a maintenance window allows them, and
 * changes to its CIs outside it conflict.
 *
 * @public
 */
export const CHANGE_WINDOW_TYPES = ['blackout', 'maintenance'] as const;

/**
 * How a conflict with a window is enforced.
 *
 * @public
 */
export const WINDOW_ENFORCEMENTS = ['warn', 'approval', 'block'] as const;

/**
 * The spec of a ChangeWindow entity, as far as the catalog needs it to accept the kind.
 *
 * @public
 */
export const changeWindowSpecSchema = z
  .object({
    type: z.enum(CHANGE_WINDOW_TYPES),
    enforcement: z.enum(WINDOW_ENFORCEMENTS),
    owner: z.string().min(1),
  })
  .passthrough();

/**
 * The spec of a ChangeWindow entity.
 *
 * @public
 */
export type ChangeWindowSpec = z.infer<typeof changeWindowSpecSchema>;

/**
 * A catalog entity of the ChangeWindow kind.
 *
 * @public
 */
export type ChangeWindowEntity = Entity & {
  apiVersion: typeof CHANGE_WINDOW_API_VERSION;
  kind: typeof CHANGE_WINDOW_KIND;
  spec: ChangeWindowSpec;
};

const FIELD_RULES: Readonly<Record<string, string>> = {
  type: `must be one of ${CHANGE_WINDOW_TYPES.join(', ')}`,
  enforcement: `must be one of ${WINDOW_ENFORCEMENTS.join(', ')}`,
  owner:
    'must be a non-empty entity reference, for example group:release-managers',
};

/**
 * Explains why a value is not a valid ChangeWindow spec, one line per failing field, each
 * naming the field's path and what it accepts, for example
 * `spec.type: must be one of blackout, maintenance`. Missing fields say so:
 * `spec.owner: is required and must be a non-empty entity reference, ...`.
 *
 * @param spec - The `spec` of a candidate ChangeWindow entity, of any shape.
 * @returns The problems, in field order; empty when the spec is valid.
 * @public
 */
export function describeChangeWindowProblems(spec: unknown): string[] {
  const result = changeWindowSpecSchema.safeParse(spec);
  if (result.success) {
    return [];
  }
  const problems = result.error.issues.map(issue => {
    const path = ['spec', ...issue.path].join('.');
    if (issue.path.length === 0) {
      return `${path}: must be an object with type, enforcement and owner`;
    }
    const rule =
      issue.path.length === 1 ? FIELD_RULES[String(issue.path[0])] : undefined;
    if (!rule) {
      return `${path}: ${issue.message}`;
    }
    const missing =
      issue.code === 'invalid_type' && issue.received === 'undefined';
    return `${path}: ${missing ? `is required and ${rule}` : rule}`;
  });
  return [...new Set(problems)];
}

/**
 * Whether an entity is a well-formed ChangeWindow.
 *
 * @public
 */
export function isChangeWindowEntity(
  entity: Entity,
): entity is ChangeWindowEntity {
  return (
    entity.apiVersion === CHANGE_WINDOW_API_VERSION &&
    entity.kind === CHANGE_WINDOW_KIND &&
    changeWindowSpecSchema.safeParse(entity.spec).success
  );
}
