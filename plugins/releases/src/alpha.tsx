/**
 * The Stagegate releases plugin for apps on the new frontend system.
 *
 * @packageDocumentation
 */

export { releasesAlphaPlugin as default } from './alpha/plugin';
export * from './alpha/index';
