export * from './page-args';
export * from './connection.type';
export * from './cursor';
