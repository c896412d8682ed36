export { GateFailureList } from './GateFailureList';
export type { GateFailureListProps } from './GateFailureList';
