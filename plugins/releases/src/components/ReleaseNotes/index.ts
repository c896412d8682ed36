export { ReleaseNotes, httpLinkOnly } from './ReleaseNotes';
