export { ReleaseHistoryTable, wasBackedOut } from './ReleaseHistoryTable';
export type { ReleaseHistoryTableProps } from './ReleaseHistoryTable';
