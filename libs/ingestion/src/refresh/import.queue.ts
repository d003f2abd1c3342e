import { QueueDefinition } from '@app/jobs';

export const IMPORT_QUEUE = 'ingestion.import-upload';

export interface ImportJob {
  feedId: string;
}

/**
 * An uploaded calendar is read by the API process that received it, while
 * the user waits a moment; this job is the safety net that reads it when
 * that process died first. Its expiry outlasts the longest ingest deadline.
 */
export const IMPORT_QUEUE_DEFINITION: QueueDefinition = {
  name: IMPORT_QUEUE,
  policy: 'stately',
  retryLimit: 5,
  retryDelaySeconds: 15,
  retryBackoff: true,
  expireInSeconds: 65 * 60,
};
