export * from './feed.types';
export * from './calendar-feed.error';
export { writeCalendarFeed } from './write-calendar-feed';
export { eventUid, touchUid } from './uids';
