export { parseIcs } from './parse-ics';
export { looksLikeIcs } from './sniff';
