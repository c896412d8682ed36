export { ReleaseService } from './ReleaseService';
