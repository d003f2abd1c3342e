import { QueueDefinition } from '@app/jobs';

export const DIGEST_QUEUE = 'digests.send';

export interface DigestJob {
  ownerId: string;
  periodKey: string;
}

/**
 * One job per user and period: "short" keeps one queued per key, while a
 * running one (perhaps on a worker that died) does not block the next: the
 * delivery's claim, not the queue, is what makes a digest go out once.
 * Deferred sends are retried with backoff.
 */
export const DIGEST_QUEUE_DEFINITION: QueueDefinition = {
  name: DIGEST_QUEUE,
  policy: 'short',
  retryLimit: 5,
  retryDelaySeconds: 60,
  retryBackoff: true,
  expireInSeconds: 5 * 60,
};
