export * from './inspect';
