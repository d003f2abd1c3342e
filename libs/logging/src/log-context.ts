import { AsyncLocalStorage } from 'node:async_hooks';

/** What every log line written while handling one request or job carries. */
export interface LogContext {
  /** The request's X-Request-Id, or `job:<queue>:<jobId>` for a job. */
  requestId: string;
}

const storage = new AsyncLocalStorage<LogContext>();

/** Runs `work` (and everything it starts) under `requestId`: its log lines carry it. */
export function runWithRequestId<T>(requestId: string, work: () => T): T {
  return storage.run({ requestId }, work);
}

/** The id of the request or job being handled here, if any. */
export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId;
}
