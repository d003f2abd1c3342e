import 'reflect-metadata';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { INestApplication, LoggerService } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppConfig, loadConfig } from '@app/config';
import { prepareDatabase } from '@app/persistence';
import { ApiModule } from '../../apps/api/src/api.module';
import { createTestDatabase, TestDatabase } from './test-database';

export interface GqlError {
  message: string;
  path?: string[];
  extensions: { code: string; fields?: { field: string; message: string }[]; [key: string]: unknown };
}

export interface GqlResult<T> {
  data?: T | null;
  errors?: GqlError[];
}

export interface TestApp {
  app: INestApplication;
  baseUrl: string;
  db: TestDatabase;
  config: AppConfig;
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GqlResult<T>>;
  /** Registers a fresh user and returns its token. */
  signUp(email?: string): Promise<{ token: string; userId: string; email: string }>;
  close(): Promise<void>;
}

/** The password signUp registers with. */
export const TEST_PASSWORD = 'correct horse battery';

export function testConfig(overrides: Record<string, string> = {}): AppConfig {
  // Test files register many users from one address (the throttling tests lower this again), and
  // read an import's events right after it (on a loaded machine a small import can take seconds).
  return loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'error',
    RUN_WORKER: 'false',
    PORT: '0',
    AUTH_MAX_ATTEMPTS_PER_ADDRESS: '100000',
    INGEST_ANSWER_WITHIN_SECONDS: '30',
    // Digests without an SMTP_URL are written to DATA_DIR/outbox: a scratch folder, not the checkout's .data.
    DATA_DIR: join(tmpdir(), `topofmind-test-${process.pid}`),
    ...overrides,
  });
}

export interface TestAppOptions {
  /** The app's logger; by default Nest's console logger showing errors only. */
  logger?: LoggerService;
}

/** Boots the real API on a fresh database (real migrations) on a free loopback port. */
export async function startTestApp(label: string, env: Record<string, string> = {}, shared?: TestDatabase, options: TestAppOptions = {}): Promise<TestApp> {
  const db = shared ?? (await createTestDatabase(label));
  const config = testConfig({ DATABASE_URL: db.url, ...env });
  const prepared = await prepareDatabase(config, () => undefined);
  const app = await NestFactory.create(ApiModule.forRoot(config, prepared), { logger: options.logger ?? ['error'] });
  await app.listen(0, '127.0.0.1');
  const baseUrl = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  let users = 0;

  const gql: TestApp['gql'] = async (query, variables, token) => {
    const response = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }) },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GqlResult<never>;
  };

  return {
    app,
    baseUrl,
    db,
    config,
    gql,
    async signUp(email = `user${++users}-${Date.now()}@example.com`) {
      const result = await gql<{ register: { token: string; user: { id: string } } }>(
        'mutation($input: RegisterInput!) { register(input: $input) { token user { id } } }',
        { input: { email, password: TEST_PASSWORD, timeZone: 'Europe/Berlin' } },
      );
      if (!result.data) throw new Error(`register failed: ${JSON.stringify(result.errors)}`);
      return { token: result.data.register.token, userId: result.data.register.user.id, email };
    },
    async close() {
      await app.close();
      if (!shared) await db.drop();
    },
  };
}
