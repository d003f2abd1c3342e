export { parseIcs } from './parse-ics';
export { looksLikeIcs, unreadableReason } from './sniff';
