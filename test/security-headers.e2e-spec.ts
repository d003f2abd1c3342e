import { startTestApp, TestApp } from './utils/test-app';

/** Every response, whichever route and status, carries the security headers. */
describe('security headers', () => {
  let t: TestApp;
  let feedPath: string;
  beforeAll(async () => {
    t = await startTestApp('security-headers');
    const { token } = await t.signUp();
    const feed = await t.gql<{ rotateCalendarFeedToken: { url: string } }>('mutation { rotateCalendarFeedToken { url } }', {}, token);
    feedPath = new URL(feed.data!.rotateCalendarFeedToken.url).pathname;
  });
  afterAll(() => t.close());

  const json = { 'content-type': 'application/json' };
  const requests: [string, () => [string, RequestInit]][] = [
    ['a GraphQL answer', () => ['/graphql', { method: 'POST', headers: json, body: JSON.stringify({ query: '{ __typename }' }) }]],
    ['a GraphQL error', () => ['/graphql', { method: 'POST', headers: json, body: JSON.stringify({ query: '{ nope }' }) }]],
    ['a malformed body', () => ['/graphql', { method: 'POST', headers: json, body: '{"query": "{ me' }]],
    ['the health check', () => ['/health', {}]],
    ['the web page', () => ['/', { headers: { accept: 'text/html' } }]],
    ['a web page route', () => ['/events/some-id', { headers: { accept: 'text/html' } }]],
    ['a calendar feed', () => [feedPath, {}]],
    ['an unknown calendar feed', () => ['/calendar/unknown.ics', {}]],
    ['an unknown route', () => ['/nope', {}]],
  ];

  it.each(requests)('on %s', async (_name, request) => {
    const [path, init] = request();
    const response = await fetch(`${t.baseUrl}${path}`, init);
    await response.arrayBuffer();
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  it('gives the web page a strict policy: scripts, styles and requests from this origin only, nothing inline', async () => {
    const response = await fetch(`${t.baseUrl}/`, { headers: { accept: 'text/html' } });
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toMatch(/script-src 'self'(;|$)/);
    expect(policy).toMatch(/style-src 'self'(;|$)/);
    expect(policy).toMatch(/connect-src 'self'/); // fetch('/graphql')
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
  });

  it('lets no cache keep a GraphQL answer: answers, errors, GET queries and plans answered from the plan cache', async () => {
    const { token } = await t.signUp();
    const auth = { ...json, authorization: `Bearer ${token}` };
    const plan = JSON.stringify({ query: '{ plan(from: "2026-01-01T00:00:00Z", to: "2026-02-01T00:00:00Z") { items { score } } }' });
    const answers = [
      await fetch(`${t.baseUrl}/graphql`, { method: 'POST', headers: json, body: JSON.stringify({ query: '{ __typename }' }) }),
      await fetch(`${t.baseUrl}/graphql`, { method: 'POST', headers: json, body: JSON.stringify({ query: '{ nope }' }) }),
      await fetch(`${t.baseUrl}/graphql?query=${encodeURIComponent('{ __typename }')}`, { headers: { ...json, 'apollo-require-preflight': 'true' } }),
      await fetch(`${t.baseUrl}/graphql`, { method: 'POST', headers: auth, body: plan }),
      await fetch(`${t.baseUrl}/graphql`, { method: 'POST', headers: auth, body: plan }), // the same plan again: from the cache
    ];
    for (const answer of answers) {
      await answer.arrayBuffer();
      expect(answer.headers.get('cache-control')).toBe('no-store');
    }
  });

  it('lets the API allow nothing to load or frame', async () => {
    const response = await fetch(`${t.baseUrl}/health`);
    expect(response.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
  });
});
