export * from './read-source';
