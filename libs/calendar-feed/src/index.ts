export * from './core';
export * from './calendar-feed.module';
export * from './calendar-feed.service';
