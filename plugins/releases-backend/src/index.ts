/**
 * The Stagegate releases backend plugin.
 *
 * @packageDocumentation
 */

export { releasesPlugin as default } from './plugin';
