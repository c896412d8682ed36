/**
 * Catalog module for Stagegate: accepts and validates the ChangeWindow kind, and validates
 * the Stagegate annotations of configuration items.
 *
 * @packageDocumentation
 */

export { catalogModuleReleases as default } from './module';
export { ChangeWindowProcessor, CiAnnotationsProcessor } from './processor';
export type {
  ChangeWindowProcessorOptions,
  CiAnnotationsProcessorOptions,
} from './processor';
