export { ConflictChips } from './ConflictChips';
