export * from './cluster';
export * from './duplicate-index';
export * from './duplicate-rule';
export * from './similarity';
