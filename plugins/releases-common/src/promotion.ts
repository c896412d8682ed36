import { DEFAULT_ENVIRONMENTS } from './environments';
import { GateFailure } from './gateTypes';
import { Release } from './release';

/**
 * The production environment: the last one in promotion order.
 *
 * @param environments - Environments in promotion order; the defaults when empty.
 * @public
 */
export function productionEnvironment(environments: readonly string[]): string {
  const list = environments.length > 0 ? environments : DEFAULT_ENVIRONMENTS;
  return list[list.length - 1];
}

/**
 * Checks that a release may be deployed to an environment: every earlier environment in the
 * promotion order has a successful (`done`) slot. Emergencies skip the order, because the
 * fix cannot wait for the full test cycle; their PIR is mandatory instead.
 *
 * @param environments - The environments that apply to the release, in promotion order.
 * @returns Every failure, one per earlier environment without a successful deployment.
 * @public
 */
export function checkPromotion(
  release: Release,
  environment: string,
  environments: readonly string[],
): GateFailure[] {
  const list = environments.length > 0 ? environments : DEFAULT_ENVIRONMENTS;
  const position = list.indexOf(environment);
  if (position < 0) {
    return [
      {
        gate: 'promotion',
        field: 'schedule',
        message: `'${environment}' is not a configured environment; the environments are ${list.join(
          ', ',
        )}`,
      },
    ];
  }
  if (release.category === 'emergency') return [];
  return list.slice(0, position).flatMap(earlier => {
    const slots = release.schedule.filter(s => s.environment === earlier);
    if (slots.some(s => s.status === 'done')) return [];
    const failed = slots.some(s => s.status === 'failed');
    return [
      {
        gate: 'promotion' as const,
        field: 'schedule',
        message: failed
          ? `The deployment to ${earlier} failed: deploy to ${earlier} successfully before ${environment}`
          : `Deploy to ${earlier} successfully before ${environment}: ${environment} comes after ${earlier}`,
      },
    ];
  });
}
