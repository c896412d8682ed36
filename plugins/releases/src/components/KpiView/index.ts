export { KpiView } from './KpiView';
