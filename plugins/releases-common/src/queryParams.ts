import { z } from 'zod';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './pagination';

/**
 * A query parameter that may be given once or repeated (`?kind=API&kind=Component`), parsed
 * into a list of values each checked by `item`.
 *
 * @public
 */
export function oneOrMany<T extends z.ZodTypeAny>(item: T) {
  return z
    .union([item, z.array(item)])
    .optional()
    .transform(value =>
      value === undefined ? undefined : ([] as z.output<T>[]).concat(value),
    );
}

/**
 * The `limit` query parameter of a paginated list: 1 to {@link MAX_PAGE_SIZE}, by default
 * {@link DEFAULT_PAGE_SIZE}.
 *
 * @public
 */
export const pageLimitSchema = z.coerce
  .number()
  .int()
  .min(1)
  .max(MAX_PAGE_SIZE)
  .default(DEFAULT_PAGE_SIZE);

/**
 * The `cursor` query parameter of a paginated list, as returned in `nextCursor`.
 *
 * @public
 */
export const pageCursorSchema = z.string().min(1).optional();
