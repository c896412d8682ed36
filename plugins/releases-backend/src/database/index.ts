export { DatabaseReleaseStore } from './DatabaseReleaseStore';
export type { ReleaseStore, NewRelease } from './ReleaseStore';
