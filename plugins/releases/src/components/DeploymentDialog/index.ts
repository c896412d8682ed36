export { DeploymentDialog, deploymentPatch } from './DeploymentDialog';
export type { DeploymentDialogProps } from './DeploymentDialog';
