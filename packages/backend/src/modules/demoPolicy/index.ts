export { permissionModuleStagegateDemoPolicy as default } from './module';
