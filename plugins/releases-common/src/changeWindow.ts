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
