import { createConditionExports } from '@backstage/plugin-permission-node';
import {
  isEntityOwner,
  isReleaseOwner,
  releasePermissionResourceRef,
} from './rules';

const { conditions, createConditionalDecision } = createConditionExports({
  resourceRef: releasePermissionResourceRef,
  rules: { isEntityOwner, isReleaseOwner },
});

/**
 * Conditions for permission policies about releases, for example
 * `releaseConditions.isEntityOwner({ claims: user.identity.ownershipEntityRefs })`.
 *
 * @public
 */
export const releaseConditions = conditions;

/**
 * Builds a conditional decision for a release permission in a permission policy.
 *
 * @public
 */
export const createReleaseConditionalDecision = createConditionalDecision;
