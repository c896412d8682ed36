export { ReleaseConflictList } from './ReleaseConflictList';
