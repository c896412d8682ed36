export { CiCard } from './CiCard';
export type { CiCardProps } from './CiCard';
