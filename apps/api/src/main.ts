import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ConfigError, loadConfig } from '@app/config';
import { DemoSeeder, shouldSeedDemo } from '@app/demo';
import { installGracefulShutdown } from '@app/health';
import { startStructuredLogs } from '@app/logging';
import { prepareDatabase } from '@app/persistence';
import { ApiModule } from './api.module';

async function bootstrap(): Promise<void> {
  const config = loadConfig();
  const logs = startStructuredLogs(config);
  const logger = new Logger('Bootstrap');
  const database = await prepareDatabase(config);
  const app = await NestFactory.create(ApiModule.forRoot(config, database), { bufferLogs: true, abortOnError: false });
  app.useLogger(logs);
  installGracefulShutdown(app, { deadlineMs: config.shutdown.deadlineMs, server: app.getHttpServer(), closeDatabase: () => database.close() });
  app.getHttpAdapter().getInstance().set('trust proxy', 'loopback');

  await app.init(); // module hooks (queue declarations, catalogue listeners) before seeding
  const demo = shouldSeedDemo(config, database.embedded) ? await app.get(DemoSeeder).seedOnce() : null;

  await (config.http.host ? app.listen(config.http.port, config.http.host) : app.listen(config.http.port));
  const base = config.http.publicBaseUrl;
  logger.log(`topofmind is up: open ${base}/ in your browser (API: ${base}/graphql, health: ${base}/health)`);
  if (demo) {
    logger.log(`demo workspace: sign in at ${base}/ as ${demo.email} with the password ${demo.password} (the form is filled in for you)`);
  }
}

bootstrap().catch((error: unknown) => {
  const message = error instanceof ConfigError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error);
  console.error(`topofmind could not start: ${message}`);
  process.exit(1);
});
