export { ReleaseService } from './ReleaseService';
export { ReleaseAccess } from './ReleaseAccess';
export { ReleaseCommands } from './ReleaseCommands';
export { ReleaseTransitions } from './ReleaseTransitions';
export { ReleaseNotifier } from './ReleaseNotifier';
export { CiService, ciRefFromPath } from './CiService';
export { CiSnapshotCache } from './CiSnapshotCache';
export { createReleasesServices } from './createServices';
