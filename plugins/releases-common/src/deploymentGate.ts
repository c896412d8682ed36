import { CiWindow } from './ciWindows';
import { DeploymentGateDecision } from './gateTypes';
import { ReleaseCategory } from './release';

/**
 * What the deployment gate weighs for one release in one environment at one moment.
 *
 * @public
 */
export type DeploymentGateInput = {
  /** The release's category; windows may let some categories through. */
  category: ReleaseCategory;
  environment: string;
  /** The change windows that apply to the release's CIs, with their current occurrence. */
  windows: readonly CiWindow[];
  /** Whether someone allowed to override conflicts recorded an override with a reason. */
  overridden: boolean;
};

function appliesNow(window: CiWindow, input: DeploymentGateInput): boolean {
  return (
    window.type === 'blackout' &&
    window.current !== undefined &&
    window.environments.includes(input.environment) &&
    !window.allowCategories.includes(input.category)
  );
}

/**
 * The change-window part of the deployment gate: a blackout under way that does not let the
 * release's category through prevents deployment when it is enforced as `block`, keeps it
 * awaiting an override when enforced as `approval`, and only warns when enforced as `warn`.
 * Every reason names the window and when it ends.
 *
 * @public
 */
export function windowGateDecision(
  input: DeploymentGateInput,
): DeploymentGateDecision {
  const blocking = input.windows.filter(w => appliesNow(w, input));
  const reasons = blocking.map(
    w =>
      `${w.title} (${w.enforcement}) is under way in ${
        input.environment
      } until ${w.current!.end}`,
  );
  if (blocking.some(w => w.enforcement === 'block')) {
    return { decision: 'prevented', reasons };
  }
  if (blocking.some(w => w.enforcement === 'approval') && !input.overridden) {
    return {
      decision: 'awaiting',
      reasons: [
        ...reasons,
        'Record a conflict override with a reason to deploy during it',
      ],
    };
  }
  return { decision: 'allowed', reasons };
}
