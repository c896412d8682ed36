export { ControlGroup } from './ControlGroup';
