export * from './decode-body';
export * from './read-source';
