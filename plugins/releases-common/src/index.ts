/**
 * Isomorphic types, schemas, permissions and domain rules of Stagegate release management.
 *
 * @packageDocumentation
 */

export * from './annotations';
export * from './changeWindow';
export * from './ciAnnotations';
export * from './environments';
export * from './lifecycle';
export * from './permissions';
export * from './release';
export * from './pagination';
export * from './ciGraph';
export * from './ci';
export * from './ciWindows';
export * from './windowOccurrences';
export * from './windowScope';
export * from './cisQuery';
export * from './queryParams';
export * from './ciDetail';
export * from './entityRefs';
