import { z } from 'zod';

/**
 * A named set of people and teams that get the notifications of the releases that choose it,
 * configured in `releases.notifications.distributionLists`.
 *
 * @public
 */
export type DistributionList = {
  name: string;
  /** User and group entity refs, such as `group:default/cab`. */
  members: string[];
};

/**
 * What a distribution list name may look like: it is written in a comma-separated
 * annotation, so it holds no commas or spaces.
 *
 * @public
 */
export const DISTRIBUTION_LIST_NAME_PATTERN =
  /^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/;

/**
 * The most distribution lists one release or system may choose.
 *
 * @public
 */
export const MAX_DISTRIBUTION_LISTS = 20;

const NAME_RULE =
  'letters, digits, dots, dashes and underscores, at most 63, starting with a letter or digit';

/**
 * Why a distribution list name is malformed, or undefined when it is well-formed.
 *
 * @public
 */
export function describeListNameProblem(name: string): string | undefined {
  return DISTRIBUTION_LIST_NAME_PATTERN.test(name)
    ? undefined
    : `'${name}' is not a distribution list name; use ${NAME_RULE}`;
}

/**
 * Which of the chosen lists are not configured, as one sentence, or undefined when every one
 * is. `configured` undefined means that nothing can be checked.
 *
 * @public
 */
export function describeUnknownLists(
  chosen: readonly string[],
  configured: readonly string[] | undefined,
): string | undefined {
  if (configured === undefined) return undefined;
  const unknown = [...new Set(chosen.filter(n => !configured.includes(n)))];
  if (unknown.length === 0) return undefined;
  const names = unknown.map(name => `'${name}'`).join(', ');
  const known =
    configured.length > 0
      ? `the configured lists are ${configured.join(', ')}`
      : 'no lists are configured (releases.notifications.distributionLists)';
  return `${names} ${
    unknown.length === 1
      ? 'is not a distribution list'
      : 'are not distribution lists'
  }; ${known}`;
}

/**
 * The list names of a comma-separated value, such as the `stagegate.dev/distribution-lists`
 * annotation, trimmed, with empty items dropped.
 *
 * @public
 */
export function splitListNames(value: string | undefined): string[] {
  if (value === undefined) return [];
  return value
    .split(',')
    .map(item => item.trim())
    .filter(item => item !== '');
}

/**
 * The `distributionLists` of a release request: distinct, well-formed names. Whether each is
 * configured is checked by the server, which knows the configuration.
 *
 * @public
 */
export const distributionListsSchema = z
  .array(
    z
      .string({ invalid_type_error: 'Give distribution list names as text' })
      .trim()
      .superRefine((name, ctx) => {
        const problem = describeListNameProblem(name);
        if (problem) {
          ctx.addIssue({ code: z.ZodIssueCode.custom, message: problem });
        }
      }),
    { invalid_type_error: 'List the distribution lists by name' },
  )
  .max(
    MAX_DISTRIBUTION_LISTS,
    `Choose at most ${MAX_DISTRIBUTION_LISTS} distribution lists`,
  )
  .superRefine((names, ctx) => {
    names.forEach((name, index) => {
      if (names.indexOf(name) !== index) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: [index],
          message: `'${name}' is listed more than once`,
        });
      }
    });
  });
