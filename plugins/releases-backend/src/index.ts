/**
 * The Stagegate releases backend plugin.
 *
 * @packageDocumentation
 */

export { releasesPlugin as default } from './plugin';
export {
  releaseConditions,
  createReleaseConditionalDecision,
} from './permissions';
