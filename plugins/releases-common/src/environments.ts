/**
 * Environments in their default promotion order: client integration test, system integration
 * test, system acceptance test, production. Deployments configure their own with
 * `releases.environments`.
 *
 * @public
 */
export const DEFAULT_ENVIRONMENTS: readonly string[] = [
  'cinte',
  'sit',
  'sat',
  'production',
];
