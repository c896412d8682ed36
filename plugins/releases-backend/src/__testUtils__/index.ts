export { createTestDatabases, createTestStore } from './databases';
export { aRelease } from './releases';
export { wrapServerOnLoopback } from './wrapServer';
export { createInMemoryServices } from './inMemoryServices';
export { startReleasesTestBackend, asUser } from './testBackend';
export { startLoopbackTestBackend } from './loopbackBackend';
export { recordedNotifications } from './recordedNotifications';
export { parseIcs } from './ics';
export type { ParsedIcsEvent } from './ics';
