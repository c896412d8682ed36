export { ActionMessage } from './ActionMessage';
export type { ActionMessageProps } from './ActionMessage';
