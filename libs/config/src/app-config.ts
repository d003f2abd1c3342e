import { join, resolve } from 'node:path';
import { plainToInstance } from 'class-transformer';
import { validateSync, ValidationError } from 'class-validator';
import { parseAllowHosts } from '@app/fetcher';
import { EnvironmentVariables, LogFormatName, LogLevelName } from './environment';

/** The typed configuration every part of the app reads; built once at boot. */
export interface AppConfig {
  env: 'development' | 'production' | 'test';
  http: { port: number; host: string | undefined; publicBaseUrl: string };
  database: {
    /** Set when DATABASE_URL points at a server; null means embedded. */
    url: string | null;
    poolSize: number;
    /** statement_timeout for the app's connections (0: none); idle_in_transaction_session_timeout is derived from it. */
    statementTimeoutMs: number;
  };
  embedded: { dataDir: string; port: number };
  logLevel: LogLevelName;
  metrics: {
    /** The bearer token GET /metrics requires; null: the endpoint answers 404. */
    token: string | null;
  };
  /** json: one JSON object a line; pretty: readable lines (development). */
  logFormat: LogFormatName;
  runWorker: boolean;
  /** A worker process's port for /health, /ready and /metrics (on `http.host`); null: the worker has no HTTP. */
  workerPort: number | null;
  /** null: seed when running on the embedded database only. */
  seedDemo: boolean | null;
  graphql: {
    /** Introspection and field suggestions in error messages (off in production unless enabled). */
    introspection: boolean;
  };
  auth: {
    maxFailuresPerAccount: number;
    maxAttemptsPerAddress: number;
  };
  mail: {
    /** null: digests are written as .eml files to `outboxDir`. */
    smtpUrl: string | null;
    from: string;
    outboxDir: string;
    /** null: a secret kept in the database signs unsubscribe links. */
    unsubscribeSecret: string | null;
    tickSeconds: number;
    claimSeconds: number;
  };
  ingestion: {
    fetchAllowHosts: string[];
    fetchMaxBytes: number;
    fetchTimeoutMs: number;
    /** Recurring events are expanded from this many days back... */
    expansionPastDays: number;
    /** ...to this many days ahead. */
    expansionFutureDays: number;
    /** Deadline for reading and storing one source. */
    deadlineMs: number;
    /** How long a mutation waits for an import or refresh before answering PENDING. */
    answerWithinMs: number;
  };
  shutdown: {
    /** How long in-flight requests and running jobs may take to finish once SIGTERM arrives. */
    deadlineMs: number;
  };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}\nFix the variables above (see .env.example) and start again.`);
    this.name = 'ConfigError';
  }
}

/** Variables whose values are secrets: a boot error names them but never prints them. */
const SECRET_VARIABLES = new Set(['METRICS_TOKEN', 'UNSUBSCRIBE_SECRET', 'DATABASE_URL', 'SMTP_URL']);

function describe(errors: ValidationError[]): string[] {
  return errors.flatMap((e) => {
    const shown = SECRET_VARIABLES.has(e.property) ? '(hidden)' : typeof e.value === 'string' ? JSON.stringify(e.value) : String(e.value);
    return Object.values(e.constraints ?? {}).map((msg) => `${e.property}=${shown}: ${msg}`);
  });
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): AppConfig {
  const vars = plainToInstance(EnvironmentVariables, { ...env });
  const errors = validateSync(vars, { whitelist: true });
  if (errors.length > 0) throw new ConfigError(describe(errors));

  const publicBaseUrl = (vars.PUBLIC_BASE_URL ?? `http://localhost:${vars.PORT}`).replace(/\/+$/, '');
  const dataDir = resolve(cwd, vars.DATA_DIR);
  return {
    env: vars.NODE_ENV,
    http: {
      port: vars.PORT,
      host: vars.HOST,
      publicBaseUrl,
    },
    database: { url: vars.DATABASE_URL ?? null, poolSize: vars.DATABASE_POOL_SIZE, statementTimeoutMs: vars.DATABASE_STATEMENT_TIMEOUT_SECONDS * 1000 },
    embedded: { dataDir, port: vars.EMBEDDED_PG_PORT },
    mail: {
      smtpUrl: vars.SMTP_URL ?? null,
      from: vars.MAIL_FROM ?? `topofmind <digest@${new URL(publicBaseUrl).hostname}>`,
      outboxDir: join(dataDir, 'outbox'),
      unsubscribeSecret: vars.UNSUBSCRIBE_SECRET ?? null,
      tickSeconds: vars.DIGEST_TICK_SECONDS,
      claimSeconds: vars.DIGEST_CLAIM_SECONDS,
    },
    logLevel: vars.LOG_LEVEL,
    metrics: { token: vars.METRICS_TOKEN ?? null },
    logFormat: vars.LOG_FORMAT ?? (vars.NODE_ENV === 'development' ? 'pretty' : 'json'),
    runWorker: vars.RUN_WORKER,
    workerPort: vars.WORKER_PORT ?? null,
    seedDemo: vars.SEED_DEMO ?? null,
    graphql: { introspection: vars.GRAPHQL_INTROSPECTION ?? vars.NODE_ENV !== 'production' },
    auth: { maxFailuresPerAccount: vars.AUTH_MAX_FAILURES_PER_ACCOUNT, maxAttemptsPerAddress: vars.AUTH_MAX_ATTEMPTS_PER_ADDRESS },
    ingestion: {
      fetchAllowHosts: parseAllowHosts(vars.FETCH_ALLOW_HOSTS),
      fetchMaxBytes: vars.FETCH_MAX_BYTES,
      fetchTimeoutMs: vars.FETCH_TIMEOUT_SECONDS * 1000,
      expansionPastDays: vars.EXPANSION_PAST_DAYS,
      expansionFutureDays: vars.EXPANSION_FUTURE_DAYS,
      deadlineMs: vars.INGEST_DEADLINE_SECONDS * 1000,
      answerWithinMs: vars.INGEST_ANSWER_WITHIN_SECONDS * 1000,
    },
    shutdown: { deadlineMs: vars.SHUTDOWN_DEADLINE_SECONDS * 1000 },
  };
}
