export { ReleaseService } from './ReleaseService';
export { CiService, ciRefFromPath } from './CiService';
export { CiSnapshotCache } from './CiSnapshotCache';
