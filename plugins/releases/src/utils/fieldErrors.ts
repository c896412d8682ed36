/**
 * A validation issue as zod reports it: where (the path into the value) and why.
 *
 * @internal
 */
export interface ValidationIssue {
  path: ReadonlyArray<string | number>;
  message: string;
}

/**
 * Validation messages by field. Keys are paths into the request joined with dots, such as
 * `title`, `rfc.url` or `schedule.0.end`; the empty key holds messages about the whole
 * request.
 *
 * @internal
 */
export type FieldErrors = Record<string, string>;

/**
 * The key of a field in {@link FieldErrors}.
 *
 * @internal
 */
export function fieldKey(path: ReadonlyArray<string | number>): string {
  return path.join('.');
}

/**
 * Turns validation issues into one message per field (the first issue of a field wins, as
 * it is usually the most basic one).
 *
 * @internal
 */
export function toFieldErrors(
  issues: ReadonlyArray<ValidationIssue>,
): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const key = fieldKey(issue.path);
    if (!(key in errors)) errors[key] = issue.message;
  }
  return errors;
}

/**
 * The result of a zod `safeParse`, whatever the schema.
 *
 * @internal
 */
export type ParseResult<T> =
  | { success: true; data: T }
  | { success: false; error: { issues: ValidationIssue[] } };

/**
 * Validates a value with a shared schema and answers either the parsed request or the
 * messages by field.
 *
 * @internal
 */
export function validate<T>(
  schema: { safeParse(value: unknown): ParseResult<T> },
  value: unknown,
): { data: T; errors?: undefined } | { data?: undefined; errors: FieldErrors } {
  const result = schema.safeParse(value);
  if (result.success) return { data: result.data };
  return { errors: toFieldErrors(result.error.issues) };
}
