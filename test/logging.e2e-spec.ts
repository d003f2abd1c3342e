import { Logger } from '@nestjs/common';
import { AccountsService } from '@app/accounts';
import { JobsService } from '@app/jobs';
import { createAppLogger, NestPinoLogger } from '@app/logging';
import { LogCapture } from './utils/log-capture';
import { startTestApp, TestApp } from './utils/test-app';

/**
 * Structured logs as the API writes them (JSON lines, LOG_LEVEL=log): every
 * request has an id, returned in X-Request-Id and carried by every line
 * logged while handling it, and no credential reaches the logs.
 */
describe('logs and request ids', () => {
  const capture = new LogCapture();
  let t: TestApp;
  beforeAll(async () => {
    const logger = new NestPinoLogger(createAppLogger({ level: 'log', format: 'json', destination: capture }));
    t = await startTestApp('logging', {}, undefined, { logger });
  });
  afterAll(() => t.close());

  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${t.baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const accessLine = (requestId: string) => capture.waitFor((e) => e.context === 'HTTP' && e.requestId === requestId);

  it('gives every request an id in X-Request-Id: the caller’s own when it is plain and short, else a new one', async () => {
    const made = (await post({ query: '{ __typename }' })).headers.get('x-request-id');
    expect(made).toMatch(/^[0-9a-f-]{36}$/);
    expect((await post({ query: '{ __typename }' })).headers.get('x-request-id')).not.toBe(made);
    expect((await post({ query: '{ __typename }' }, { 'x-request-id': 'lb-7f3a.42' })).headers.get('x-request-id')).toBe('lb-7f3a.42');
    const forged = (await post({ query: '{ __typename }' }, { 'x-request-id': 'x'.repeat(200) })).headers.get('x-request-id');
    expect(forged).toMatch(/^[0-9a-f-]{36}$/);
    // Also on answers that never reach GraphQL.
    const notJson = await fetch(`${t.baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' });
    expect(notJson.status).toBe(400);
    expect(notJson.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('writes one access line per request: method, path without query, status, duration, and the id', async () => {
    await fetch(`${t.baseUrl}/health?probe=secret-query`, { headers: { 'x-request-id': 'access-1' } });
    await post({ query: '{ __typename }' }, { 'x-request-id': 'access-2' });
    expect(await accessLine('access-2')).toMatchObject({ level: 30, method: 'POST', path: '/graphql', status: 200, durationMs: expect.any(Number) });
    // A health poll is logged at debug (below LOG_LEVEL=log) unless it fails.
    expect(capture.entries().find((e) => e.requestId === 'access-1')).toBeUndefined();
    expect(capture.text()).not.toContain('secret-query');
  });

  it('names the request id in an INTERNAL_SERVER_ERROR answer, and on the line that logged the error', async () => {
    const { token } = await t.signUp();
    const failing = jest.spyOn(t.app.get(AccountsService), 'getUser').mockRejectedValueOnce(new Error('disk on fire'));
    try {
      const response = await post({ query: '{ me { id } }' }, { authorization: `Bearer ${token}`, 'x-request-id': 'broken-1' });
      const { errors } = (await response.json()) as { errors: { extensions: Record<string, unknown> }[] };
      expect(errors[0].extensions).toMatchObject({ code: 'INTERNAL_SERVER_ERROR', reference: expect.any(String), requestId: 'broken-1' });
      const logged = await capture.waitFor((e) => e.context === 'Errors' && String(e.msg).includes('disk on fire'));
      expect(logged).toMatchObject({ level: 50, requestId: 'broken-1' });
      expect(String(logged.msg)).toContain(String(errors[0].extensions.reference));
      expect(await accessLine('broken-1')).toMatchObject({ status: 200 });
    } finally {
      failing.mockRestore();
    }
  });

  it('never logs a password, a token, a cookie or a secret URL, while the lines carry the request ids', async () => {
    const email = `logs-${Date.now()}@example.com`;
    const password = 'Log-redaction-pw-5521!';
    const register = await post(
      { query: 'mutation($input: RegisterInput!) { register(input: $input) { token } }', variables: { input: { email, password, timeZone: 'Europe/Berlin' } } },
      { 'x-request-id': 'secret-1' },
    );
    expect(register.status).toBe(200);
    const login = await post(
      { query: 'mutation($input: LoginInput!) { login(input: $input) { token } }', variables: { input: { email, password } } },
      { 'x-request-id': 'secret-2' },
    );
    const { data } = (await login.json()) as { data: { login: { token: string } } };
    const token = data.login.token;
    const wrong = await post(
      { query: 'mutation($input: LoginInput!) { login(input: $input) { token } }', variables: { input: { email, password: `${password}-wrong` } } },
      { 'x-request-id': 'secret-3' },
    );
    expect(wrong.status).toBe(200);
    const sessionLogin = await post(
      { query: 'mutation($input: LoginInput!) { login(input: $input) { token } }', variables: { input: { email, password, session: true } } },
      { 'x-request-id': 'secret-4' },
    );
    const setCookie = sessionLogin.headers.get('set-cookie') ?? '';
    const cookieValue = setCookie.split(';')[0].split('=').slice(1).join('=');
    expect(cookieValue.length).toBeGreaterThan(10);
    await post({ query: '{ me { id } }' }, { authorization: `Bearer ${token}`, cookie: `session=${cookieValue}`, 'x-request-id': 'secret-5' });
    await fetch(`${t.baseUrl}/calendar/feed-secret-9931.ics?token=query-secret-1`, { headers: { 'x-request-id': 'secret-6' } });
    await fetch(`${t.baseUrl}/unsubscribe/unsub-secret-7731`, { headers: { 'x-request-id': 'secret-7' } });

    for (const id of ['secret-1', 'secret-2', 'secret-3', 'secret-4', 'secret-5', 'secret-6', 'secret-7']) await accessLine(id);
    expect(await accessLine('secret-6')).toMatchObject({ path: '/calendar/[redacted]', status: 404 });
    expect(await accessLine('secret-7')).toMatchObject({ path: '/unsubscribe/[redacted]' });
    const logs = capture.text();
    for (const secret of [password, token, token.slice(4), cookieValue, 'feed-secret-9931', 'query-secret-1', 'unsub-secret-7731']) {
      expect(logs).not.toContain(secret);
    }
  });

  it('runs every job under its own id, job:<queue>:<jobId>, which its log lines carry', async () => {
    const jobs = t.app.get(JobsService);
    const queue = 'logging-test';
    await jobs.defineQueue({ name: queue, policy: 'standard', retryLimit: 0, retryDelaySeconds: 1, retryBackoff: false, expireInSeconds: 60 });
    await jobs.work<{ n: number }>(
      queue,
      async (data) => {
        await new Promise((resolve) => setImmediate(resolve));
        new Logger('LoggingTestJob').log(`handled job ${data.n}`);
      },
      1,
    );
    const id = await jobs.send(queue, { n: 1 });
    const line = await capture.waitFor((e) => e.context === 'LoggingTestJob', 20_000);
    expect(line).toMatchObject({ msg: 'handled job 1', requestId: `job:${queue}:${id}` });
  });
});
