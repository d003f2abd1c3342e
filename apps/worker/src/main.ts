import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ConfigError, loadConfig } from '@app/config';
import { installGracefulShutdown } from '@app/health';
import { startStructuredLogs } from '@app/logging';
import { prepareDatabase } from '@app/persistence';
import { WorkerModule } from './worker.module';

/** A worker: no HTTP, only schedules and jobs. Start as many as you like against one database. */
async function bootstrap(): Promise<void> {
  const config = { ...loadConfig(), runWorker: true };
  const logs = startStructuredLogs(config);
  const database = await prepareDatabase(config);
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config, database), { bufferLogs: true, abortOnError: false });
  app.useLogger(logs);
  installGracefulShutdown(app, { deadlineMs: config.shutdown.deadlineMs, closeDatabase: () => database.close() });
  new Logger('Bootstrap').log('topofmind worker is up: refreshing feeds on schedule');
}

bootstrap().catch((error: unknown) => {
  const message = error instanceof ConfigError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error);
  console.error(`topofmind worker could not start: ${message}`);
  process.exit(1);
});
