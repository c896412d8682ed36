export { formatInstant, formatSlot, viewerZone } from './formatSlot';
