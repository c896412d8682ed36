export { ConflictPanel } from './ConflictPanel';
export type { ConflictPanelProps } from './ConflictPanel';
