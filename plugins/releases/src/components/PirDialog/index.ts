export { PirDialog } from './PirDialog';
export type { PirDialogProps } from './PirDialog';
