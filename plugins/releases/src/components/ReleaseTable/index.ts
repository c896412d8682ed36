export { ReleaseTable } from './ReleaseTable';
export type { ReleaseTableProps } from './ReleaseTable';
