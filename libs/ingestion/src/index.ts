export type {
  Cancellation,
  EventPerson,
  ExpansionWindow,
  NormalizedEvent,
  Organizer,
  ParseOptions,
  ParseResult,
  ParseWarning,
  PersonRole,
  Venue,
} from './core';
export { DEFAULT_LIMITS, UnreadableSourceError } from './core';
export * from './core/text';
export * from './core/time';
export * from './dedupe';
export * from './parse';
export * from './ingestion.entities';
export * from './ingestion.module';
export * from './ingestion-worker.module';
export * from './sources/source.enums';
export * from './sources/source.entity';
export * from './sources/feed.entity';
export * from './sources/sources.service';
export * from './sources/feed-subscriptions';
export * from './catalogue/event.entity';
export * from './catalogue/event.types';
export * from './catalogue/events.service';
export * from './catalogue/event-reader';
export * from './catalogue/catalogue-changes';
export * from './catalogue/catalogue-sync';
export * from './catalogue/feed-item.entity';
export * from './refresh/feed-refresher';
export * from './refresh/refresh.queue';
export * from './refresh/refresh.scheduler';
export * from './inspect';
