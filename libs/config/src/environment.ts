import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  Min,
  Validate,
  ValidatorConstraint,
  type ValidationArguments,
  type ValidatorConstraintInterface,
} from 'class-validator';
import { parseAllowHosts } from '@app/fetcher';

const toInt = ({ value }: { value: unknown }) => (typeof value === 'string' && /^\s*-?\d+\s*$/.test(value) ? Number(value) : value);
const toBool = ({ value }: { value: unknown }) => {
  if (typeof value !== 'string') return value;
  const v = value.trim().toLowerCase();
  if (['1', 'true', 'yes', 'on'].includes(v)) return true;
  if (['0', 'false', 'no', 'off'].includes(v)) return false;
  return value;
};
const emptyToUndefined = ({ value }: { value: unknown }) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

/** FETCH_ALLOW_HOSTS is read by the fetcher's own parser, so boot refuses exactly what the fetcher could not use. */
function allowHostsProblem(value: unknown): string | null {
  try {
    parseAllowHosts(typeof value === 'string' ? value : undefined);
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

@ValidatorConstraint({ name: 'allowHosts' })
class AllowHostsConstraint implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return allowHostsProblem(value) === null;
  }

  defaultMessage(args: ValidationArguments): string {
    return allowHostsProblem(args.value) ?? 'is not a list of hosts';
  }
}

export const LOG_LEVELS = ['error', 'warn', 'log', 'debug', 'verbose'] as const;
export type LogLevelName = (typeof LOG_LEVELS)[number];
export const LOG_FORMATS = ['json', 'pretty'] as const;
export type LogFormatName = (typeof LOG_FORMATS)[number];

/**
 * The process environment as read at boot. Every variable the app uses is
 * declared here, with its default; `.env.example` documents each one.
 */
export class EnvironmentVariables {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  HOST?: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/\S+$/, { message: 'DATABASE_URL must be a postgres:// URL, e.g. postgres://user:pass@host:5432/db' })
  DATABASE_URL?: string;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(200)
  DATABASE_POOL_SIZE = 10;

  @IsString()
  DATA_DIR = '.data';

  @Transform(toInt)
  @IsInt()
  @Min(1024)
  @Max(65535)
  EMBEDDED_PG_PORT = 54329;

  @IsIn(LOG_LEVELS)
  LOG_LEVEL: LogLevelName = 'log';

  /** Bearer token for GET /metrics (at least 16 characters). Unset: /metrics answers 404. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^\S{16,}$/, { message: 'METRICS_TOKEN must be at least 16 characters without spaces, e.g. the output of `openssl rand -hex 24`' })
  METRICS_TOKEN?: string;
  /** json: one JSON object a line (for log collectors); pretty: readable lines. Unset: pretty in development, json otherwise. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsIn(LOG_FORMATS)
  LOG_FORMAT?: LogFormatName;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsUrl(
    { require_tld: false, require_protocol: true, protocols: ['http', 'https'] },
    { message: 'PUBLIC_BASE_URL must be an http(s) URL such as https://topofmind.example.com' },
  )
  PUBLIC_BASE_URL?: string;

  @Transform(toBool)
  @IsBoolean()
  RUN_WORKER = true;

  /** A worker process's HTTP port for /health, /ready and /metrics. Unset: a worker listens on nothing. */
  @Transform((p) => toInt({ value: emptyToUndefined(p) }))
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(65535)
  WORKER_PORT?: number;

  @Transform(toBool)
  @IsOptional()
  @IsBoolean()
  SEED_DEMO?: boolean;

  /** GraphQL introspection and "Did you mean …" suggestions; unset: on except in production. */
  @Transform(toBool)
  @IsOptional()
  @IsBoolean()
  GRAPHQL_INTROSPECTION?: boolean;

  /** Wrong passwords per account per 15 minutes before sign-in is throttled (with backoff). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1000)
  AUTH_MAX_FAILURES_PER_ACCOUNT = 5;

  /** Sign-in and registration attempts per client address per 15 minutes. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100_000)
  AUTH_MAX_ATTEMPTS_PER_ADDRESS = 50;

  /** Hosts the fetcher may reach although they resolve to private or loopback addresses. */
  @IsOptional()
  @IsString()
  @Validate(AllowHostsConstraint)
  FETCH_ALLOW_HOSTS?: string;

  @Transform(toInt)
  @IsInt()
  @Min(1024)
  @Max(100 * 1024 * 1024)
  FETCH_MAX_BYTES = 10 * 1024 * 1024;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(300)
  FETCH_TIMEOUT_SECONDS = 30;

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(3650)
  EXPANSION_PAST_DAYS = 30;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(3650)
  EXPANSION_FUTURE_DAYS = 365;

  /** Deadline for reading and storing one source (parse, expansion, catalogue); past it the source gets ERROR. */
  @Transform(toInt)
  @IsInt()
  @Min(5)
  @Max(3600)
  INGEST_DEADLINE_SECONDS = 120;

  /** How long importCalendar and refreshSource wait for the result before answering PENDING (the work goes on). */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(60)
  INGEST_ANSWER_WITHIN_SECONDS = 2;

  /** Where digests are sent: smtp:// or smtps:// (user and password in the URL). Unset: written as .eml files to DATA_DIR/outbox. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^smtps?:\/\/\S+$/, { message: 'SMTP_URL must be an smtp:// or smtps:// URL, e.g. smtp://user:pass@mail.example.com:587' })
  SMTP_URL?: string;

  /** The digests' From, e.g. "topofmind <digest@topofmind.example.com>"; unset: digest@ the PUBLIC_BASE_URL host. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^(?:[^<>@\s][^<>@]*\s)?<?[^\s<>@]+@[^\s<>@]+>?$/, { message: 'MAIL_FROM must be an address, e.g. topofmind <digest@example.com>' })
  MAIL_FROM?: string;

  /** Signs unsubscribe links (at least 32 characters). Unset: a random secret is made once and kept in the database. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^\S{32,}$/, { message: 'UNSUBSCRIBE_SECRET must be at least 32 characters without spaces' })
  UNSUBSCRIBE_SECRET?: string;

  /** How often workers look for users whose digest is due, in seconds. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(3600)
  DIGEST_TICK_SECONDS = 60;

  /** How long a worker holds a digest it is sending before another may take it over (a crashed worker's). */
  @Transform(toInt)
  @IsInt()
  @Min(5)
  @Max(3600)
  DIGEST_CLAIM_SECONDS = 300;

  /** PostgreSQL statement_timeout for the app's connections, in seconds (0: none). */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(3600)
  DATABASE_STATEMENT_TIMEOUT_SECONDS = 60;

  /** On SIGTERM or SIGINT: how long in-flight requests and running jobs may take to finish before they are cut off. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(3600)
  SHUTDOWN_DEADLINE_SECONDS = 20;
}
