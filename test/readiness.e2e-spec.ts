import { DataSource } from 'typeorm';
import { ShutdownState } from '@app/health';
import { startTestApp, TestApp } from './utils/test-app';

/** `/health` is liveness (the process answers), `/ready` whether this instance should get traffic. */
describe('liveness and readiness', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp('readiness');
  });
  afterAll(() => t.close());

  const get = async (path: string) => {
    const response = await fetch(`${t.baseUrl}${path}`);
    return { status: response.status, body: (await response.json()) as Record<string, Record<string, { status: string; [key: string]: unknown }>> };
  };

  it('answers 200 on /ready when the database, the migrations and the job queue are ready, without a token', async () => {
    const { status, body } = await get('/ready');
    expect(status).toBe(200);
    const up = { database: { status: 'up', responseTime: expect.any(Number) }, migrations: { status: 'up' }, jobQueue: { status: 'up' } };
    expect(body).toEqual({ status: 'ok', info: up, error: {}, details: up });
  });

  it('answers 503 naming a migration the database has not applied; liveness stays 200', async () => {
    const db = t.app.get(DataSource);
    const [last] = await db.query<{ id: number; timestamp: string; name: string }[]>('SELECT * FROM typeorm_migrations ORDER BY id DESC LIMIT 1');
    await db.query('DELETE FROM typeorm_migrations WHERE id = $1', [last.id]);
    try {
      const { status, body } = await get('/ready');
      expect(status).toBe(503);
      expect(body.status).toBe('error');
      expect(body.error).toEqual({ migrations: { status: 'down', message: '1 migration(s) not applied', pending: [last.name] } });
      expect(body.info).toMatchObject({ database: { status: 'up' }, jobQueue: { status: 'up' } });
      expect((await get('/health')).status).toBe(200);
    } finally {
      await db.query('INSERT INTO typeorm_migrations (id, timestamp, name) VALUES ($1, $2, $3)', [last.id, last.timestamp, last.name]);
    }
    expect((await get('/ready')).status).toBe(200);
  });

  it('answers 503 naming the database when it cannot be reached; liveness does not depend on it', async () => {
    await t.app.get(DataSource).destroy();
    const { status, body } = await get('/ready');
    expect(status).toBe(503);
    expect(body.error.database).toMatchObject({ status: 'down' });
    expect(body.error.migrations).toMatchObject({ status: 'down' });
    const live = await get('/health');
    expect(live).toEqual({ status: 200, body: { status: 'ok', info: { process: { status: 'up' } }, error: {}, details: { process: { status: 'up' } } } });
  });

  it('answers 503 as soon as shutdown begins', async () => {
    t.app.get(ShutdownState).begin();
    const { status, body } = await get('/ready');
    expect(status).toBe(503);
    expect(body.error).toEqual({ shutdown: { status: 'down', message: expect.stringMatching(/shutting down/) } });
  });
});
