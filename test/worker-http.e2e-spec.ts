import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { AppProcess, startWorkerProcess } from './utils/app-process';
import { freePort } from './utils/free-port';
import { startTestApp, TestApp } from './utils/test-app';

const TOKEN = 'worker-metrics-token-0123456789';

/**
 * A worker started with WORKER_PORT, as a scaled-out deployment runs it
 * (the API with RUN_WORKER=false, workers apart): orchestrators probe it
 * and Prometheus scrapes what it did, which no API instance counts.
 */
describe('a worker process with WORKER_PORT', () => {
  let t: TestApp;
  let worker: AppProcess;
  let base: string;
  const outbox = mkdtempSync(join(tmpdir(), 'topofmind-worker-http-'));

  beforeAll(async () => {
    // The API only migrates the database; the worker sends the one digest due.
    t = await startTestApp('worker-http', { RUN_WORKER: 'false' });
    const db = new Client({ connectionString: t.db.url });
    await db.connect();
    const { rows } = await db.query(
      `INSERT INTO users (email, password_hash, time_zone, created_at) VALUES ('w@example.com', 'x', 'Europe/Berlin', now() - interval '2 days') RETURNING id`,
    );
    // Daily from midnight: due now, whatever the time of day.
    await db.query(`INSERT INTO digest_settings (owner_id, frequency, local_time, skip_when_empty) VALUES ($1, 'DAILY', '00:00', false)`, [rows[0].id]);
    await db.end();

    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    worker = await startWorkerProcess({
      ...process.env,
      NODE_ENV: 'test',
      LOG_LEVEL: 'log',
      DATABASE_URL: t.db.url,
      DATA_DIR: outbox,
      WORKER_PORT: String(port),
      HOST: '127.0.0.1',
      METRICS_TOKEN: TOKEN,
      DIGEST_TICK_SECONDS: '1',
    });
  });
  afterAll(async () => {
    if (worker && worker.child.exitCode === null && worker.child.signalCode === null) worker.child.kill('SIGKILL');
    await t.close();
    rmSync(outbox, { recursive: true, force: true });
  });

  const scrape = async () => (await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } })).text();

  it('says where it listens', () => {
    expect(worker.output()).toMatch(new RegExp(`/health, /ready and /metrics on port ${base.split(':')[2]}`));
  });

  it('answers /health and /ready with its checks', async () => {
    const health = await fetch(`${base}/health`);
    expect(health.status).toBe(200);
    const ready = await fetch(`${base}/ready`);
    expect(ready.status).toBe(200);
    expect(((await ready.json()) as { details: unknown }).details).toMatchObject({
      database: { status: 'up' },
      migrations: { status: 'up' },
      jobQueue: { status: 'up' },
    });
  });

  it('guards /metrics with METRICS_TOKEN and serves nothing else', async () => {
    expect((await fetch(`${base}/metrics`)).status).toBe(401);
    expect((await fetch(`${base}/metrics`, { headers: { authorization: 'Bearer not-the-token-at-all-000' } })).status).toBe(401);
    expect(
      (await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' })).status,
    ).toBe(404);
  });

  it('counts the jobs it runs, which only its own /metrics can show', async () => {
    const deadline = Date.now() + 45_000;
    // The digest is counted when sent, its job when the handler has returned: wait for both.
    const sent = /^digests_sent_total\{kind="scheduled"\} 1$/m;
    const completed = /^jobs_completed_total\{queue="digests\.send"\} 1$/m;
    let metrics = await scrape();
    while (!sent.test(metrics) || !completed.test(metrics)) {
      if (Date.now() > deadline) throw new Error(`the digest or its job was not counted:\n${metrics}\n${worker.output()}`);
      await new Promise((r) => setTimeout(r, 250));
      metrics = await scrape();
    }
    expect(metrics).toMatch(/^job_queue_depth\{queue="digests\.send",state="queued"\} \d+$/m);
    expect(metrics).toMatch(/^process_resident_memory_bytes \d+/m);
  });

  it('stops cleanly on SIGTERM and stops answering', async () => {
    worker.child.kill('SIGTERM');
    expect((await worker.exit).code).toBe(0);
    expect(worker.output()).toMatch(/stopped cleanly/);
    await expect(fetch(`${base}/health`)).rejects.toThrow();
  });
});
