import { InputError } from '@backstage/errors';
import { z } from 'zod';

/**
 * Parses input with a zod schema and turns a failure into a 400 naming every bad field.
 *
 * @internal
 */
export function parse<T extends z.ZodTypeAny>(
  schema: T,
  input: unknown,
  where: string,
): z.output<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const problems = result.error.issues.map(issue => {
    const field = issue.path.length ? issue.path.join('.') : where;
    return `${field}: ${issue.message}`;
  });
  throw new InputError(`Invalid ${where}: ${problems.join('; ')}`);
}
