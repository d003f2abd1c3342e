import { Client } from 'pg';
import { DUMMY_PASSWORD_HASH, PasswordHasher } from '@app/accounts';
import { createTestDatabase, TestDatabase } from './utils/test-database';
import { GqlError, startTestApp, TEST_PASSWORD, TestApp } from './utils/test-app';

const LOGIN = 'mutation($e: String!, $p: String!) { login(input: {email: $e, password: $p}) { token } }';
const REGISTER = 'mutation($e: String!) { register(input: {email: $e, password: "another fine passphrase"}) { token } }';

async function login(t: TestApp, email: string, password: string): Promise<{ token?: string; error?: GqlError }> {
  const result = await t.gql<{ login: { token: string } }>(LOGIN, { e: email, p: password });
  return { token: result.data?.login.token, error: result.errors?.[0] };
}

/** Two API instances on one database, as behind a load balancer. */
async function twoInstances(label: string, env: Record<string, string>): Promise<{ a: TestApp; b: TestApp; db: TestDatabase; close(): Promise<void> }> {
  const db = await createTestDatabase(label);
  const a = await startTestApp(label, env, db);
  const b = await startTestApp(label, env, db);
  const close = async () => {
    await Promise.all([a.close(), b.close()]);
    await db.drop();
  };
  return { a, b, db, close };
}

/** Makes every account lock end now, as if its time had passed (the limiter keeps expiry in epoch ms). */
async function endLocks(db: TestDatabase): Promise<void> {
  const client = new Client({ connectionString: db.url });
  await client.connect();
  try {
    await client.query(`UPDATE auth_throttle SET expire = $1 WHERE key LIKE 'failures:%'`, [Date.now() - 1]);
  } finally {
    await client.end();
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('sign-in throttling', () => {
  describe('per account, shared by instances', () => {
    let pair: Awaited<ReturnType<typeof twoInstances>>;
    beforeAll(async () => {
      pair = await twoInstances('throttle_account', { AUTH_MAX_FAILURES_PER_ACCOUNT: '3' });
    });
    afterAll(() => pair.close());

    it('locks after the limit on either instance, doubles the wait for each further failure, and resets on a right password', async () => {
      const { a, b, db } = pair;
      const { email } = await a.signUp();
      for (const t of [a, b, a]) expect((await login(t, email, 'wrong password')).error?.extensions.code).toBe('UNAUTHENTICATED');

      // Locked everywhere, even for the right password.
      const locked = (await login(b, email, TEST_PASSWORD)).error;
      expect(locked?.extensions.code).toBe('TOO_MANY_REQUESTS');
      const first = locked?.extensions.retryAfterSeconds as number;
      expect(first).toBeGreaterThan(0);
      expect(first).toBeLessThanOrEqual(60);

      // Once the lock ends, a single further failure locks again, for longer each time.
      const waits = [first];
      for (let i = 0; i < 2; i++) {
        await endLocks(db);
        expect((await login(i % 2 ? a : b, email, 'wrong again')).error?.extensions.code).toBe('UNAUTHENTICATED');
        const again = (await login(a, email, TEST_PASSWORD)).error;
        expect(again?.extensions.code).toBe('TOO_MANY_REQUESTS');
        waits.push(again?.extensions.retryAfterSeconds as number);
      }
      expect(waits[1]).toBeGreaterThan(60);
      expect(waits[1]).toBeLessThanOrEqual(120);
      expect(waits[2]).toBeGreaterThan(120);
      expect(waits[2]).toBeLessThanOrEqual(240);

      // A right password after the lock clears everything: the full allowance again.
      await endLocks(db);
      expect((await login(b, email, TEST_PASSWORD)).token).toBeDefined();
      for (let i = 0; i < 3; i++) expect((await login(a, email, 'wrong')).error?.extensions.code).toBe('UNAUTHENTICATED');
      const relocked = (await login(a, email, TEST_PASSWORD)).error;
      expect(relocked?.extensions.code).toBe('TOO_MANY_REQUESTS');
      expect(relocked?.extensions.retryAfterSeconds).toBeLessThanOrEqual(60);
    });

    it('lets a burst of parallel guesses at one account check no more passwords than the limit', async () => {
      const { a, b } = pair;
      const { email } = await a.signUp();
      const verify = jest.spyOn(a.app.get(PasswordHasher), 'verify');
      const verifyB = jest.spyOn(b.app.get(PasswordHasher), 'verify');
      try {
        const answers = await Promise.all(Array.from({ length: 12 }, (_, i) => login(i % 2 ? a : b, email, `guess ${i}`)));
        const codes = answers.map((r) => r.error?.extensions.code);
        expect(codes.filter((c) => c === 'UNAUTHENTICATED').length).toBeLessThanOrEqual(3);
        expect(codes.filter((c) => c === 'TOO_MANY_REQUESTS').length).toBeGreaterThanOrEqual(9);
        expect(verify.mock.calls.length + verifyB.mock.calls.length).toBeLessThanOrEqual(3);
      } finally {
        verify.mockRestore();
        verifyB.mockRestore();
      }
    });

    it('treats an unknown email exactly like a wrong password: same answer, same hash work, same lockout', async () => {
      const { a, b } = pair;
      const { email } = await a.signUp();
      const unknown = `nobody-${Date.now()}@example.com`;
      const verify = jest.spyOn(a.app.get(PasswordHasher), 'verify');
      try {
        const wrong = (await login(a, email, 'wrong password')).error;
        const missing = (await login(a, unknown, 'wrong password')).error;
        expect(missing).toEqual(wrong);
        expect(missing?.extensions.code).toBe('UNAUTHENTICATED');
        // Both verified a hash: the unknown email against the dummy one.
        expect(verify).toHaveBeenCalledTimes(2);
        expect(verify.mock.calls[1][1]).toBe(DUMMY_PASSWORD_HASH);
      } finally {
        verify.mockRestore();
      }
      for (const t of [b, a]) {
        await login(t, email, 'wrong password');
        await login(t, ` ${unknown.toUpperCase()} `, 'wrong password');
      }
      const lockedKnown = (await login(b, email, 'wrong password')).error;
      const lockedUnknown = (await login(b, unknown, 'wrong password')).error;
      expect(lockedKnown?.extensions.code).toBe('TOO_MANY_REQUESTS');
      expect(lockedUnknown?.extensions.code).toBe('TOO_MANY_REQUESTS');
    });
  });

  describe('per client address, shared by instances', () => {
    let pair: Awaited<ReturnType<typeof twoInstances>>;
    beforeAll(async () => {
      pair = await twoInstances('throttle_address', { AUTH_MAX_ATTEMPTS_PER_ADDRESS: '4' });
    });
    afterAll(() => pair.close());

    it('counts sign-ins and registrations from one address on every instance', async () => {
      const { a, b } = pair;
      const { email } = await a.signUp(); // 1
      expect((await login(b, email, TEST_PASSWORD)).token).toBeDefined(); // 2
      expect((await login(a, email, 'wrong')).error?.extensions.code).toBe('UNAUTHENTICATED'); // 3
      expect((await b.gql(REGISTER, { e: `second-${Date.now()}@example.com` })).errors).toBeUndefined(); // 4

      const refused = (await login(a, email, TEST_PASSWORD)).error;
      expect(refused?.extensions.code).toBe('TOO_MANY_REQUESTS');
      expect(refused?.extensions.retryAfterSeconds).toBeGreaterThan(0);
      expect(refused?.extensions.retryAfterSeconds).toBeLessThanOrEqual(15 * 60);
      const registration = await b.gql(REGISTER, { e: `third-${Date.now()}@example.com` });
      expect(registration.errors?.[0].extensions.code).toBe('TOO_MANY_REQUESTS');
    });
  });

  describe('bounded password hashing', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp('throttle_hashing', { AUTH_MAX_FAILURES_PER_ACCOUNT: '1000' });
    });
    afterAll(() => t.close());

    it('refuses a burst beyond the queue at once and still lets a genuine sign-in through', async () => {
      const { email } = await t.signUp();
      const hasher = t.app.get(PasswordHasher);
      const burst = Array.from({ length: 50 }, (_, i) => login(t, `burst-${i}-${Date.now()}@example.com`, 'wrong password'));

      let genuine: string | undefined;
      for (let attempt = 0; attempt < 10 && !genuine; attempt++) {
        const result = await login(t, email, TEST_PASSWORD);
        genuine = result.token;
        if (!genuine) {
          expect(result.error?.extensions).toEqual({ code: 'TOO_MANY_REQUESTS', retryAfterSeconds: 1 });
          await sleep(1000);
        }
      }
      expect(genuine).toBeDefined();

      const answers = (await Promise.all(burst)).map((r) => r.error?.extensions);
      const refused = answers.filter((e) => e?.code === 'TOO_MANY_REQUESTS');
      expect(refused.length).toBeGreaterThan(0);
      for (const e of refused) expect(e?.retryAfterSeconds).toBe(1);
      expect(answers.filter((e) => e?.code === 'UNAUTHENTICATED').length + refused.length).toBe(50);
      expect(hasher.limit.peak.running).toBeLessThanOrEqual(hasher.limit.concurrency);
      expect(hasher.limit.peak.waiting).toBeLessThanOrEqual(hasher.limit.maxWaiting);
    });
  });
});
