export { ReleaseActions } from './ReleaseActions';
export type { ReleaseActionsProps } from './ReleaseActions';
export {
  nextMainLineStatus,
  nextStepPreview,
  transitionActions,
} from './transitionActions';
export type {
  TransitionAction,
  TransitionActionKind,
} from './transitionActions';
