export { seedDemoReleases } from './seedDemoReleases';
