import 'reflect-metadata';
import { Server } from 'node:http';
import { INestApplicationContext, Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppConfig, ConfigError, loadConfig } from '@app/config';
import { installGracefulShutdown } from '@app/health';
import { startStructuredLogs } from '@app/logging';
import { prepareDatabase, PreparedDatabase } from '@app/persistence';
import { WorkerModule } from './worker.module';

/** A worker: schedules and jobs, and with WORKER_PORT set an HTTP port for probes and metrics. Start as many as you like against one database. */
async function bootstrap(): Promise<void> {
  const config = { ...loadConfig(), runWorker: true };
  const logs = startStructuredLogs(config);
  const database = await prepareDatabase(config);
  const logger = new Logger('Bootstrap');
  if (!config.workerPort) {
    const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config, database), { bufferLogs: true, abortOnError: false });
    app.useLogger(logs);
    shutDownGracefully(app, config, database);
    logger.log('topofmind worker is up: refreshing feeds on schedule');
    return;
  }
  const app = await NestFactory.create(WorkerModule.forRoot(config, database), { bufferLogs: true, abortOnError: false, bodyParser: false });
  app.useLogger(logs);
  shutDownGracefully(app, config, database, app.getHttpServer());
  await (config.http.host ? app.listen(config.workerPort, config.http.host) : app.listen(config.workerPort));
  logger.log(`topofmind worker is up: refreshing feeds on schedule; /health, /ready and /metrics on port ${config.workerPort}`);
}

function shutDownGracefully(app: INestApplicationContext, config: AppConfig, database: PreparedDatabase, server?: Server) {
  installGracefulShutdown(app, { deadlineMs: config.shutdown.deadlineMs, server, closeDatabase: () => database.close() });
}

bootstrap().catch((error: unknown) => {
  const message = error instanceof ConfigError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error);
  console.error(`topofmind worker could not start: ${message}`);
  process.exit(1);
});
