export * from './app-data-source';
export * from './database.module';
export * from './entities';
export * from './prepare-database';
