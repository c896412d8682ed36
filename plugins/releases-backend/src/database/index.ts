export { DatabaseReleaseStore } from './DatabaseReleaseStore';
export type { ReleaseStore, NewRelease, ReleaseChange } from './ReleaseStore';
export type { EntityOwners } from './releaseWrites';
export { DatabaseChangeStore } from './DatabaseChangeStore';
export type { ChangeStore, NewChange } from './ChangeStore';
export { DatabaseDeploymentStore } from './DatabaseDeploymentStore';
export type { DeploymentStore } from './DeploymentStore';
export { createDatabaseStores } from './createStores';
