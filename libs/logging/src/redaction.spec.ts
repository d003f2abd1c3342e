import { createAppLogger } from './app-logger';
import { REDACTED } from './redaction';

describe('log redaction', () => {
  const lines: string[] = [];
  const logger = createAppLogger({ level: 'log', format: 'json', destination: { write: (line) => lines.push(line) } });
  const capture = { text: () => lines.join('') };
  beforeEach(() => lines.splice(0));

  const only = (): Record<string, unknown> => {
    expect(lines).toHaveLength(1);
    return JSON.parse(lines[0]) as Record<string, unknown>;
  };

  it('censors credential headers of a request or response logged as an object', () => {
    logger.info({
      headers: { authorization: 'Bearer tok-1', cookie: 'sid=ck-1', 'user-agent': 'curl' },
      res: { headers: { 'set-cookie': 'sid=ck-2' } },
    });
    expect(only().headers).toEqual({ authorization: REDACTED, cookie: REDACTED, 'user-agent': 'curl' });
    expect(capture.text()).not.toMatch(/tok-1|ck-1|ck-2/);
  });

  it('reduces a logged request or response to method, path and status: no headers, query or body', () => {
    logger.info({
      req: { method: 'POST', originalUrl: '/graphql?token=q-1', headers: { authorization: 'Bearer tok-1' }, body: { password: 'pw-1' } },
      res: { statusCode: 200, headers: { 'set-cookie': 'ck-2' } },
    });
    expect(only()).toMatchObject({ req: { method: 'POST', path: '/graphql' }, res: { statusCode: 200 } });
    expect(capture.text()).not.toMatch(/tok-1|q-1|pw-1|ck-2/);
  });

  it.each(['password', 'currentPassword', 'newPassword', 'token', 'ics'])('censors the GraphQL variable %s, alone or inside an input', (name) => {
    logger.info({ variables: { [name]: 'secret-1', input: { [name]: 'secret-2', email: 'a@example.com' } } });
    expect(only().variables).toEqual({ [name]: REDACTED, input: { [name]: REDACTED, email: 'a@example.com' } });
    expect(capture.text()).not.toContain('secret-');
  });

  it('censors any body and the text of an outgoing mail', () => {
    logger.info({ body: { query: 'mutation', variables: { password: 'pw-1' } }, mail: { to: 'a@example.com', text: 'Dear…', html: '<p>Dear…</p>' } });
    expect(only()).toMatchObject({ body: REDACTED, mail: { to: 'a@example.com', text: REDACTED, html: REDACTED } });
  });

  it('leaves everything else as it is', () => {
    logger.info({ variables: { first: 10, email: 'a@example.com' }, status: 200 }, 'hello');
    expect(only()).toMatchObject({ variables: { first: 10, email: 'a@example.com' }, status: 200, msg: 'hello' });
  });
});
