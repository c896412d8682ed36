/**
 * Extension points for Stagegate backend modules.
 *
 * @packageDocumentation
 */

export * from './extensions';
export * from './config';
