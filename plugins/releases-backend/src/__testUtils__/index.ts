export { createTestDatabases, createTestStore } from './databases';
export { aRelease } from './releases';
export { wrapServerOnLoopback } from './wrapServer';
export { createInMemoryCiService } from './ciService';
