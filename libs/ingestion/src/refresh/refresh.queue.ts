import { QueueDefinition } from '@app/jobs';

export const REFRESH_QUEUE = 'ingestion.refresh-feed';

export interface RefreshJob {
  feedId: string;
}

/** One job per feed at a time (stately: one queued and one running per feed), retried with backoff, timed out. */
export const REFRESH_QUEUE_DEFINITION: QueueDefinition = {
  name: REFRESH_QUEUE,
  policy: 'stately',
  retryLimit: 3,
  retryDelaySeconds: 30,
  retryBackoff: true,
  expireInSeconds: 5 * 60,
};
