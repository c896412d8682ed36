export { ReleaseChips } from './ReleaseChips';
export { SlotList, actualText } from './SlotList';
