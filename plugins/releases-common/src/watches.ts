import { z } from 'zod';
import { entityRefSchema } from './fieldSchemas';

/**
 * A user's watch of a CI or a system: they get the notifications of its releases.
 *
 * @public
 */
export type Watch = {
  /** The watched CI or system, such as `system:default/payments`. */
  targetRef: string;
  /** When the watch started, ISO 8601 in UTC. */
  createdAt: string;
};

const targetRef = entityRefSchema(undefined, 'system:default/payments');

/**
 * Body of `PUT /watches`.
 *
 * @public
 */
export const watchRequestSchema = z.object({ targetRef }).strict();

/**
 * Query of `DELETE /watches`.
 *
 * @public
 */
export const watchQuerySchema = z.object({ targetRef });
