export { DatabaseReleaseStore } from './DatabaseReleaseStore';
export type {
  ReleaseStore,
  NewRelease,
  ReleaseChange,
  ScheduledReleaseSlot,
} from './ReleaseStore';
export type { CheckedConflicts, EntityOwners } from './releaseWrites';
export { DatabaseChangeStore } from './DatabaseChangeStore';
export type { ChangeStore, NewChange } from './ChangeStore';
export { DatabaseDeploymentStore } from './DatabaseDeploymentStore';
export type { DeploymentStore } from './DeploymentStore';
export { createDatabaseStores } from './createStores';
export { DatabaseWindowStore } from './DatabaseWindowStore';
export type { WindowStore, StoredWindow } from './WindowStore';
export { DatabaseFeedTokenStore } from './DatabaseFeedTokenStore';
export type { FeedTokenStore, StoredFeedToken } from './FeedTokenStore';
export { DatabaseKpiStore } from './DatabaseKpiStore';
export type { KpiStore, KpiScope, KpiCounts } from './KpiStore';
export { DatabaseWatchStore } from './DatabaseWatchStore';
export type { WatchStore } from './WatchStore';
export { DatabaseNoticeStore } from './DatabaseNoticeStore';
export { noticeKey } from './NoticeStore';
export type {
  NoticeStore,
  NoticeKind,
  ReleaseNotice,
  NoticeCandidate,
  NoticeCandidateQuery,
} from './NoticeStore';
export {
  DatabaseScheduleVersionStore,
  raiseScheduleVersion,
} from './DatabaseScheduleVersionStore';
export type { ScheduleVersionStore } from './ScheduleVersionStore';
