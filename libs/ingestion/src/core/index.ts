export * from './event.model';
export * from './text';
