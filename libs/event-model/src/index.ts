/**
 * The normalised event every reader (iCalendar, event pages) produces, the
 * options and results of a read, and the text helpers the readers share.
 * Pure: no I/O, no framework.
 */
export { EventStatus, SourceKind } from './enums';
export {
  DEFAULT_LIMITS,
  UnreadableSourceError,
  type Cancellation,
  type EventPerson,
  type EventStatusValue,
  type ExpansionWindow,
  type NormalizedEvent,
  type Organizer,
  type ParseOptions,
  type ParseResult,
  type ParseWarning,
  PersonRole,
  type Venue,
} from './event.model';
export { findMeetingUrl, isMeetingUrl, plainText, singleLine, syntheticUid, tidyText, venueText } from './text';
