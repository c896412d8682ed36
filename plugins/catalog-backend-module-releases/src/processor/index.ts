export { ChangeWindowProcessor } from './ChangeWindowProcessor';
export type { ChangeWindowProcessorOptions } from './ChangeWindowProcessor';
export { CiAnnotationsProcessor } from './CiAnnotationsProcessor';
export type { CiAnnotationsProcessorOptions } from './CiAnnotationsProcessor';
