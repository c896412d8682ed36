export { ReleaseStageStepper } from './ReleaseStageStepper';
export type { ReleaseStageStepperProps } from './ReleaseStageStepper';
export { stageSteps, stoppedStage } from './stageSteps';
export type { StageState, StageStep } from './stageSteps';
