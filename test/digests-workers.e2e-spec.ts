import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { Client } from 'pg';
import { MailServer, startMailServer } from './utils/mail-server';
import { startTestApp, TestApp } from './utils/test-app';

const root = join(__dirname, '..');
const WORKER = join(root, 'dist', 'apps', 'worker', 'src', 'main.js');
const USERS = 100;

function startWorker(env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(process.execPath, [WORKER], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.resume();
  child.stderr?.resume();
  return child;
}

/**
 * Two worker processes send the digests of 100 users due in the same
 * minute; one is killed (SIGKILL) mid-run. Every user still gets their
 * digest, and none gets two: a resend after the kill would carry the same
 * Message-ID, so what counts is one Message-ID per user.
 */
describe('digests across two workers, one killed mid-run', () => {
  let t: TestApp;
  let mail: MailServer;
  let db: Client;
  const workers: ChildProcess[] = [];

  beforeAll(async () => {
    mail = await startMailServer();
    // The API only migrates the database here; the two workers do the sending.
    t = await startTestApp('digest-workers', { RUN_WORKER: 'false' });
    db = new Client({ connectionString: t.db.url });
    await db.connect();
    await db.query(
      `INSERT INTO users (email, password_hash, time_zone, created_at) SELECT 'user' || g || '@example.com', 'x', 'Europe/Berlin', now() - interval '2 days' FROM generate_series(1, $1) g`,
      [USERS],
    );
    // Daily from midnight: due now, whatever the time of day.
    await db.query(`INSERT INTO digest_settings (owner_id, frequency, local_time, skip_when_empty) SELECT id, 'DAILY', '00:00', false FROM users`);
  });
  afterAll(async () => {
    for (const worker of workers) if (worker.exitCode === null && worker.signalCode === null) worker.kill('SIGKILL');
    await db.end();
    await t.close();
    await mail.close();
  });

  it('sends each user exactly one digest for the period', async () => {
    mail.delayEach(60);
    const env = {
      ...process.env,
      NODE_ENV: 'test',
      LOG_LEVEL: 'error',
      DATABASE_URL: t.db.url,
      SMTP_URL: mail.url,
      DIGEST_TICK_SECONDS: '1',
      DIGEST_CLAIM_SECONDS: '5',
      PUBLIC_BASE_URL: 'https://tom.example.com',
    };
    workers.push(startWorker(env), startWorker(env));
    await mail.waitFor(15, 60_000);
    workers[0].kill('SIGKILL');

    const deadline = Date.now() + 120_000;
    for (;;) {
      const { rows } = await db.query(`SELECT count(*)::int AS sent FROM digest_deliveries WHERE status = 'SENT' AND NOT test`);
      if (rows[0].sent === USERS) break;
      if (Date.now() > deadline) throw new Error(`only ${rows[0].sent} of ${USERS} digests sent`);
      await new Promise((r) => setTimeout(r, 500));
    }
    await new Promise((r) => setTimeout(r, 3_000)); // anything still in flight arrives

    const byRecipient = new Map<string, Set<string>>();
    for (const message of mail.messages) {
      const to = message.to && 'text' in message.to ? message.to.text : '';
      const ids = byRecipient.get(to) ?? new Set<string>();
      ids.add(message.messageId ?? '');
      byRecipient.set(to, ids);
    }
    expect(byRecipient.size).toBe(USERS);
    expect([...byRecipient.values()].every((ids) => ids.size === 1)).toBe(true);
    const { rows } = await db.query(`SELECT count(*)::int AS n, count(DISTINCT owner_id)::int AS owners FROM digest_deliveries WHERE NOT test`);
    expect(rows[0]).toEqual({ n: USERS, owners: USERS });
  }, 240_000);
});
