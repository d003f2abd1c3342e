export * from './event.model';
export * from './time';
export * from './text';
