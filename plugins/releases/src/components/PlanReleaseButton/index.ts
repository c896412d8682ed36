export { PlanReleaseButton } from './PlanReleaseButton';
export type { PlanReleaseButtonProps } from './PlanReleaseButton';
