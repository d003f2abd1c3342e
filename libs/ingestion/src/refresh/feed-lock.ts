import { DataSource } from 'typeorm';

/**
 * Runs `run` holding the feed's PostgreSQL advisory lock, so work on one
 * feed never overlaps, across instances. `wait`: queue behind the holder;
 * otherwise answer null at once when the feed is busy.
 */
export async function withFeedLock<T>(dataSource: DataSource, feedId: string, wait: boolean, run: () => Promise<T>): Promise<T | null> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    const key = `feed:${feedId}`;
    if (wait) await runner.query('SELECT pg_advisory_lock(hashtextextended($1, 0))', [key]);
    else {
      const [{ locked }] = await runner.query('SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS locked', [key]);
      if (!locked) return null;
    }
    try {
      return await run();
    } finally {
      await runner.query('SELECT pg_advisory_unlock(hashtextextended($1, 0))', [key]);
    }
  } finally {
    await runner.release();
  }
}
