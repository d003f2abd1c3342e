/**
 * Entry point for the TypeORM CLI (`npm run migration:generate`), built to
 * dist/libs/persistence/src/data-source.js. It reads DATABASE_URL directly
 * because the CLI runs outside the app's configuration.
 */
import { createAppDataSource } from './app-data-source';

const url = process.env.DATABASE_URL;
if (!url) throw new Error('Set DATABASE_URL to the database to compare the entities with.');

export default createAppDataSource(url, 2, 'topofmind-cli');
