export { ChangeWindowProcessor } from './ChangeWindowProcessor';
