/**
 * Isomorphic types, schemas, permissions and domain rules of Stagegate release management.
 *
 * @packageDocumentation
 */

export * from './annotations';
export * from './changeWindow';
export * from './ciAnnotations';
export * from './distributionLists';
export * from './releaseNotes';
export * from './watches';
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
export * from './approvalFields';
export * from './approvals';
export * from './fieldSchemas';
export * from './gateChecks';
export * from './gateTypes';
export * from './gates';
export * from './history';
export * from './packages';
export * from './promotion';
export * from './releaseFields';
export * from './releaseRequests';
export * from './testGates';
export * from './transitions';
export * from './entityRefs';
export * from './deploymentGate';
export * from './editRules';
export * from './change';
export * from './deployment';
export * from './apiWindow';
export * from './conflicts';
export * from './conflictRequests';
export * from './calendar';
export * from './conflictOverrides';
export * from './calendarEvents';
export * from './calendarConflicts';
export * from './buildCalendar';
export * from './kpis';
export * from './kpiFields';
export * from './stageDeadlines';
export * from './links';
