export { authModuleStagegateDemoProvider as default } from './module';
export { DEMO_PROVIDER_ID, DEMO_USER_HEADER } from './authenticator';
