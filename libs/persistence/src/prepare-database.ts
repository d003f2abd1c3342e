import { Logger } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { runMigrations, startEmbeddedPostgres } from '@app/database';
import { createAppDataSource } from './app-data-source';

export interface PreparedDatabase {
  url: string;
  embedded: boolean;
  /** Stops the embedded server if this process started one. */
  close(): Promise<void>;
}

const EMBEDDED_DATABASE = 'topofmind';

/**
 * Reaches the database (starting the embedded server when DATABASE_URL is
 * unset) and applies pending migrations, before Nest boots.
 */
export async function prepareDatabase(config: AppConfig, log: (message: string) => void = (m) => new Logger('Database').log(m)): Promise<PreparedDatabase> {
  let url = config.database.url;
  let close = async (): Promise<void> => undefined;
  if (!url) {
    const started = Date.now();
    const server = await startEmbeddedPostgres({
      dataDir: `${config.embedded.dataDir}/postgres`,
      port: config.embedded.port,
      database: EMBEDDED_DATABASE,
      log,
    });
    log(`embedded PostgreSQL ready on 127.0.0.1:${config.embedded.port} in ${Date.now() - started} ms (data in ${server.dataDir})`);
    url = server.url;
    close = () => server.stop();
  }
  const dataSource = createAppDataSource(url, 2, 'topofmind-migrations');
  try {
    await dataSource.initialize();
  } catch (error) {
    await close();
    throw new Error(
      `Cannot connect to the database (${(error as Error).message}). ` +
        (config.database.url ? 'Check DATABASE_URL and that the server is running.' : 'The embedded server started but refused connections.'),
    );
  }
  try {
    const applied = await runMigrations(dataSource);
    log(applied.length ? `applied ${applied.length} migration(s): ${applied.map((m) => m.name).join(', ')}` : 'schema is up to date');
  } finally {
    await dataSource.destroy();
  }
  return { url, embedded: !config.database.url, close };
}
