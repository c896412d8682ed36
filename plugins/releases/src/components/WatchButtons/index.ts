export { WatchButtons } from './WatchButtons';
export type { WatchButtonsProps, WatchTarget } from './WatchButtons';
