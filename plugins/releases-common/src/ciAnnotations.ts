import {
  ANNOTATION_CI_CLASS,
  ANNOTATION_CI_ID,
  ANNOTATION_CRITICALITY,
  ANNOTATION_DISTRIBUTION_LISTS,
  ANNOTATION_ENVIRONMENTS,
} from './annotations';
import {
  describeListNameProblem,
  describeUnknownLists,
} from './distributionLists';

/**
 * The entity kinds that are configuration items (CIs) unless a deployment configures its own
 * with `releases.ci.kinds`.
 *
 * @public
 */
export const CI_KINDS: readonly string[] = [
  'Component',
  'Resource',
  'System',
  'API',
];

/**
 * The classes a CI may declare in the `stagegate.dev/ci-class` annotation, a closed list:
 *
 * - `application`: software users work with (a web app, a batch application)
 * - `service`: software other software calls (a microservice, a daemon)
 * - `database`: a database or another data store
 * - `server`: a host, virtual machine, cluster or middleware node (a message broker)
 * - `network`: network equipment or a network service (gateway, load balancer, DNS)
 * - `hardware`: physical equipment that is not a server or network device
 * - `document`: a controlled document (runbook, contract, design)
 * - `library`: a software library or SDK released on its own
 * - `website`: a website or static content
 * - `api`: an interface definition released on its own
 * - `other`: anything else
 *
 * @public
 */
export const CI_CLASSES = [
  'application',
  'service',
  'database',
  'server',
  'network',
  'hardware',
  'document',
  'library',
  'website',
  'api',
  'other',
] as const;

/**
 * The class of a CI.
 *
 * @public
 */
export type CiClass = (typeof CI_CLASSES)[number];

/**
 * The criticalities a CI may declare in the `stagegate.dev/criticality` annotation, from the
 * least to the most critical.
 *
 * @public
 */
export const CRITICALITIES = ['low', 'medium', 'high', 'critical'] as const;

/**
 * The criticality of a CI.
 *
 * @public
 */
export type Criticality = (typeof CRITICALITIES)[number];

/**
 * The longest id the `stagegate.dev/ci-id` annotation accepts.
 *
 * @public
 */
export const CI_ID_MAX_LENGTH = 64;

/**
 * What the checks of {@link describeCiAnnotationProblems} need to know beyond the annotations.
 *
 * @public
 */
export type CiAnnotationContext = {
  /** The kind of the entity; some annotations belong to one kind only. */
  kind?: string;
  /**
   * The names of the configured distribution lists; when undefined (none configured), the
   * names of `stagegate.dev/distribution-lists` are checked for their form only.
   */
  distributionLists?: readonly string[];
};

type AnnotationCheck = (
  value: string,
  environments: readonly string[],
  context: CiAnnotationContext,
) => string[];

const quote = (value: string) => `'${value}'`;

function oneOf(allowed: readonly string[]): AnnotationCheck {
  return value =>
    allowed.includes(value)
      ? []
      : [`${quote(value)} is not one of ${allowed.join(', ')}`];
}

function checkCiId(value: string): string[] {
  if (value.trim() === '') {
    return [
      'must not be empty; give the id of the CI in the CMDB, such as CI00042',
    ];
  }
  const problems: string[] = [];
  if (/\s/.test(value)) {
    problems.push(`${quote(value)} must not contain whitespace`);
  }
  if (value.length > CI_ID_MAX_LENGTH) {
    problems.push(
      `is ${value.length} characters long; at most ${CI_ID_MAX_LENGTH} are allowed`,
    );
  }
  return problems;
}

function configured(environments: readonly string[]): string {
  return environments.length > 0
    ? `the configured environments are ${environments.join(', ')}`
    : 'no environments are configured (releases.environments)';
}

function duplicatesOf(items: string[]): string[] {
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const item of items) {
    if (seen.has(item)) duplicates.add(item);
    seen.add(item);
  }
  return [...duplicates];
}

function checkEnvironments(
  value: string,
  environments: readonly string[],
): string[] {
  const sample = environments.length > 0 ? environments : ['sit', 'production'];
  const example = `list environments separated by commas, such as ${sample.join(
    ',',
  )}`;
  if (value.trim() === '') {
    return [`must not be empty; ${example}`];
  }
  const items = value.split(',').map(item => item.trim());
  if (items.some(item => item === '')) {
    return [`${quote(value)} has an empty item; ${example}`];
  }
  const problems: string[] = [];
  const unknown = [...new Set(items.filter(i => !environments.includes(i)))];
  if (unknown.length > 0) {
    const names = unknown.map(quote).join(', ');
    const verb = unknown.length === 1 ? 'is not a' : 'are not';
    const noun = unknown.length === 1 ? 'environment' : 'environments';
    problems.push(
      `${names} ${verb} configured ${noun}; ${configured(environments)}`,
    );
  }
  const duplicates = duplicatesOf(items);
  if (duplicates.length > 0) {
    problems.push(`lists ${duplicates.map(quote).join(', ')} more than once`);
  }
  return problems;
}

function checkDistributionLists(
  value: string,
  _environments: readonly string[],
  context: CiAnnotationContext,
): string[] {
  if (context.kind && context.kind.toLocaleLowerCase('en-US') !== 'system') {
    return [
      'belongs on a System; the releases of its CIs notify the lists it names',
    ];
  }
  const example =
    'list distribution lists separated by commas, such as cab-core,payments-ops';
  if (value.trim() === '') return [`must not be empty; ${example}`];
  const items = value.split(',').map(item => item.trim());
  if (items.some(item => item === '')) {
    return [`${quote(value)} has an empty item; ${example}`];
  }
  const problems = items.flatMap(item => describeListNameProblem(item) ?? []);
  if (problems.length > 0) return problems;
  const unknown = describeUnknownLists(items, context.distributionLists);
  if (unknown) problems.push(unknown);
  const duplicates = duplicatesOf(items);
  if (duplicates.length > 0) {
    problems.push(`lists ${duplicates.map(quote).join(', ')} more than once`);
  }
  return problems;
}

const CHECKS: ReadonlyArray<readonly [string, AnnotationCheck]> = [
  [ANNOTATION_CI_ID, checkCiId],
  [ANNOTATION_CI_CLASS, oneOf(CI_CLASSES)],
  [ANNOTATION_CRITICALITY, oneOf(CRITICALITIES)],
  [ANNOTATION_ENVIRONMENTS, checkEnvironments],
  [ANNOTATION_DISTRIBUTION_LISTS, checkDistributionLists],
];

/**
 * Explains which of Stagegate's CI annotations of an entity are invalid, one line per bad
 * annotation naming it and what it accepts, for example
 * `metadata.annotations.stagegate.dev/criticality: 'urgent' is not one of low, medium, high, critical`.
 *
 * Checks `stagegate.dev/ci-id` (non-empty, no whitespace, at most {@link CI_ID_MAX_LENGTH}
 * characters), `stagegate.dev/ci-class` (one of {@link CI_CLASSES}),
 * `stagegate.dev/criticality` (one of {@link CRITICALITIES}) and `stagegate.dev/environments`
 * (comma-separated configured environments, each at most once), and, on a System,
 * `stagegate.dev/distribution-lists` (comma-separated configured distribution lists, each at
 * most once). Absent annotations are fine.
 *
 * @param annotations - The `metadata.annotations` of an entity.
 * @param environments - The configured environments (`releases.environments`).
 * @param context - The entity's kind and the configured distribution lists.
 * @returns The problems, in the order above; empty when the annotations are valid.
 * @public
 */
export function describeCiAnnotationProblems(
  annotations: Record<string, string> | undefined,
  environments: readonly string[],
  context: CiAnnotationContext = {},
): string[] {
  const problems: string[] = [];
  for (const [annotation, check] of CHECKS) {
    const value = annotations?.[annotation];
    if (value === undefined) continue;
    const found = check(String(value), environments, context);
    if (found.length > 0) {
      problems.push(`metadata.annotations.${annotation}: ${found.join('; ')}`);
    }
  }
  return problems;
}
