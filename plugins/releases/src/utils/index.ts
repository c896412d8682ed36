export {
  formatInstant,
  formatInterval,
  formatSlot,
  isViewerZone,
  viewerZone,
} from './formatSlot';
