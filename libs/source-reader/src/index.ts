/**
 * Reading a source: bytes to text, an iCalendar feed or an event page to
 * normalised events, the duplicate rule, the stored fields of an event and
 * their merge, and `inspect`, the command line's view of one input. Pure:
 * the ingestion feature and the command line both read through it.
 */
export { decodeBody } from './decode-body';
export { contentHash, expansionWindow, readSource, unreadableAtAGlance, type ReadSourceResult, type SourceSettings } from './read-source';
export { clusterDuplicates, DuplicateIndex, prepareCandidate, START_TOLERANCE_MS, type DedupeCandidate } from './dedupe';
export { dedupeCandidate } from './items/dedupe-candidate';
export { EVENT_FIELD_NAMES, EVENT_FIELDS, type EventField, type EventFields, type FieldSpec, type FieldSqlType } from './items/event-fields';
export { toItemFields, type ItemFields } from './items/item-fields';
export { mergeItems } from './items/merge';
export { inspectText, type InspectedEvent, type InspectOptions, type InspectReport } from './inspect';
