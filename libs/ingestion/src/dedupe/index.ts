export * from './cluster';
export * from './duplicate-rule';
export * from './similarity';
