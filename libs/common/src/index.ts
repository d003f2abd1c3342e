export * from './errors';
export * from './pagination';
export * from './validation';
export * from './ids';
export * from './graphql';
export * from './clock';
export * from './change-notifier';
export * from './time-slicer';
