export {
  releasePermissionResourceRef,
  releasePermissionRules,
  isEntityOwner,
  isReleaseOwner,
} from './rules';
export type { ReleaseFilter, ReleaseResource } from './rules';
export { releaseRuleset } from './ruleset';
export {
  releaseConditions,
  createReleaseConditionalDecision,
} from './conditionExports';
