/**
 * Catalog module for Stagegate: accepts and validates the ChangeWindow kind.
 *
 * @packageDocumentation
 */

export { catalogModuleReleases as default } from './module';
export { ChangeWindowProcessor } from './processor';
