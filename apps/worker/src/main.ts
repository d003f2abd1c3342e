import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ConfigError, loadConfig } from '@app/config';
import { installGracefulShutdown } from '@app/health';
import { startStructuredLogs } from '@app/logging';
import { prepareDatabase } from '@app/persistence';
import { WorkerModule } from './worker.module';

/** A worker: schedules and jobs, and with WORKER_PORT set an HTTP port for probes and metrics. Start as many as you like against one database. */
async function bootstrap(): Promise<void> {
  const config = { ...loadConfig(), runWorker: true };
  const logs = startStructuredLogs(config);
  const database = await prepareDatabase(config);
  const module = WorkerModule.forRoot(config, database);
  const nestOptions = { bufferLogs: true, abortOnError: false };
  const shutdown = { deadlineMs: config.shutdown.deadlineMs, closeDatabase: () => database.close() };
  const logger = new Logger('Bootstrap');
  if (!config.workerPort) {
    const app = await NestFactory.createApplicationContext(module, nestOptions);
    app.useLogger(logs);
    installGracefulShutdown(app, shutdown);
    logger.log('topofmind worker is up: refreshing feeds on schedule');
    return;
  }
  const app = await NestFactory.create(module, { ...nestOptions, bodyParser: false });
  app.useLogger(logs);
  installGracefulShutdown(app, { ...shutdown, server: app.getHttpServer() });
  await (config.http.host ? app.listen(config.workerPort, config.http.host) : app.listen(config.workerPort));
  logger.log(`topofmind worker is up: refreshing feeds on schedule; /health, /ready and /metrics on port ${config.workerPort}`);
}

bootstrap().catch((error: unknown) => {
  const message = error instanceof ConfigError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error);
  console.error(`topofmind worker could not start: ${message}`);
  process.exit(1);
});
