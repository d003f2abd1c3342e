import { loadConfig } from '@app/config';
import { DatabaseConnection } from '@app/database';
import { Metrics } from '@app/metrics';
import { JobsService } from './jobs.service';

type BatchHandler = (jobs: { id: string; data: object }[]) => Promise<void>;

const handlers: BatchHandler[] = [];
const failed: string[] = [];
const sizes = new Map<string, number>();

/** pg-boss in memory: what JobsService calls, nothing reaching a database. */
const boss = {
  on: jest.fn(),
  start: jest.fn(async () => undefined),
  work: jest.fn(async (_queue: string, _options: object, handler: BatchHandler) => void handlers.push(handler)),
  fail: jest.fn(async (_queue: string, id: string) => void failed.push(id)),
  getQueues: jest.fn(async () => [{ name: 'feeds' }, { name: 'digests' }]),
  getQueueSize: jest.fn(async (name: string, options?: { before: string }) => sizes.get(`${name}<${options?.before ?? 'active'}`) ?? 0),
};
jest.mock('pg-boss', () => jest.fn(() => boss));

const value = async (metrics: Metrics, name: string, labels: Record<string, string>): Promise<number | undefined> => {
  const metric = await metrics.registry.getSingleMetric(name)?.get();
  return metric?.values.find((v) => Object.entries(labels).every(([k, l]) => v.labels[k] === l))?.value;
};

describe('JobsService metrics', () => {
  let metrics: Metrics;
  let jobs: JobsService;
  beforeEach(() => {
    handlers.length = 0;
    failed.length = 0;
    sizes.clear();
    metrics = new Metrics();
    jobs = new JobsService(loadConfig({ RUN_WORKER: 'true' }), new DatabaseConnection('postgres://unused/db', false), metrics);
  });

  it('counts completed and failed jobs by queue', async () => {
    await jobs.work<{ ok: boolean }>(
      'feeds',
      async ({ ok }) => {
        if (!ok) throw new Error('feed broke');
      },
      { concurrency: 1, batchSize: 3 },
    );
    await handlers[0]([
      { id: 'a', data: { ok: true } },
      { id: 'b', data: { ok: false } },
      { id: 'c', data: { ok: true } },
    ]);
    await handlers[0]([{ id: 'd', data: { ok: true } }]);

    expect(failed).toEqual(['b']);
    expect(await value(metrics, 'jobs_completed_total', { queue: 'feeds' })).toBe(3);
    expect(await value(metrics, 'jobs_failed_total', { queue: 'feeds' })).toBe(1);
  });

  it('reads the depth of every queue at scrape time: queued (waiting or to retry) and active', async () => {
    await jobs.onModuleInit();
    sizes.set('feeds<active', 4).set('feeds<completed', 6).set('digests<completed', 1);
    expect(await value(metrics, 'job_queue_depth', { queue: 'feeds', state: 'queued' })).toBe(4);
    expect(await value(metrics, 'job_queue_depth', { queue: 'feeds', state: 'active' })).toBe(2);
    expect(await value(metrics, 'job_queue_depth', { queue: 'digests', state: 'queued' })).toBe(0);
    expect(await value(metrics, 'job_queue_depth', { queue: 'digests', state: 'active' })).toBe(1);

    // Read again at the next scrape, not kept from the last one.
    sizes.set('feeds<active', 0).set('feeds<completed', 0);
    expect(await value(metrics, 'job_queue_depth', { queue: 'feeds', state: 'queued' })).toBe(0);
  });

  it('still answers a scrape when the queue cannot be read', async () => {
    await jobs.onModuleInit();
    boss.getQueues.mockRejectedValueOnce(new Error('connection refused'));
    const { body } = await metrics.scrape();
    expect(body).toContain('jobs_completed_total');
    expect(body).not.toMatch(/^job_queue_depth\{/m);
  });
});
