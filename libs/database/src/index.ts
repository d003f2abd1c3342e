export * from './data-source-options';
export * from './embedded-postgres';
export * from './migrate';
export * from './owned.repository';
export * from './paginate';
export * from './snake-naming.strategy';
export * from './database-connection';
export * from './entity-sql';
