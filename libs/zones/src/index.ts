export * from './zone-offset';
