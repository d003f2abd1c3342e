import { FeedServer, icsFeed, startFeedServer } from './utils/feed-server';
import { startTestApp, TestApp } from './utils/test-app';

const METRICS_TOKEN = 'metrics-e2e-token-0123456789';
const DAY = 86_400_000;

/** One sample of Prometheus' text format. */
interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

function parseSamples(text: string): Sample[] {
  const samples: Sample[] = [];
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match) continue;
    const labels = Object.fromEntries([...(match[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((m) => [m[1], m[2]]));
    samples.push({ name: match[1], labels, value: Number(match[3]) });
  }
  return samples;
}

/** The sum of the samples named `name` whose labels include `labels` (0 when none). */
function total(samples: Sample[], name: string, labels: Record<string, string> = {}): number {
  return samples.filter((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v)).reduce((sum, s) => sum + s.value, 0);
}

const ago = (ms: number) => new Date(Date.now() - ms).toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '');
const ahead = (ms: number) => new Date(Date.now() + ms).toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '');

describe('GET /metrics', () => {
  let t: TestApp;
  let feeds: FeedServer;
  let token: string;

  const scrape = async (authorization = `Bearer ${METRICS_TOKEN}`): Promise<{ status: number; text: string; response: Response }> => {
    const response = await fetch(`${t.baseUrl}/metrics`, { headers: { authorization } });
    return { status: response.status, text: await response.text(), response };
  };
  const samples = async () => {
    const { status, text } = await scrape();
    expect(status).toBe(200);
    return parseSamples(text);
  };
  const must = async <T>(query: string, variables: Record<string, unknown> = {}, as: string | undefined = token): Promise<T> => {
    const result = await t.gql<T>(query, variables, as);
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data as T;
  };

  beforeAll(async () => {
    feeds = await startFeedServer();
    t = await startTestApp('metrics', { METRICS_TOKEN, FETCH_ALLOW_HOSTS: '127.0.0.1' });
    token = (await t.signUp()).token;
  });
  afterAll(async () => {
    await t.close();
    await feeds.close();
  });

  it('answers 404, like any unknown route, when METRICS_TOKEN is not set, even to a bearer token', async () => {
    const off = await startTestApp('metrics-off', {}, t.db);
    try {
      const requests: Record<string, string>[] = [{}, { authorization: `Bearer ${METRICS_TOKEN}` }];
      for (const headers of requests) {
        const response = await fetch(`${off.baseUrl}/metrics`, { headers });
        const unknown = await fetch(`${off.baseUrl}/no-such-route`, { headers });
        expect(response.status).toBe(404);
        expect(await response.json()).toEqual({ ...((await unknown.json()) as object), message: 'Cannot GET /metrics' });
      }
    } finally {
      await off.close();
    }
  });

  it('answers 401 with a Bearer challenge to a missing or wrong token, and to a user token', async () => {
    for (const authorization of ['', 'Bearer wrong-token-0123456789abcdef', `Bearer ${METRICS_TOKEN}x`, `Bearer ${token}`]) {
      const { status, text, response } = await scrape(authorization);
      expect(status).toBe(401);
      expect(response.headers.get('www-authenticate')).toBe('Bearer realm="metrics"');
      expect(text).not.toContain('http_request_duration_seconds');
    }
  });

  it('times HTTP requests by method, route pattern and status', async () => {
    const before = await samples();
    for (let i = 0; i < 3; i++) await (await fetch(`${t.baseUrl}/calendar/secret-token-${i}.ics`)).arrayBuffer();
    await (await fetch(`${t.baseUrl}/events/event-id-1234`, { headers: { accept: 'text/html' } })).arrayBuffer();
    await (await fetch(`${t.baseUrl}/no-such-route/unmatched-1234`)).arrayBuffer();
    await (await fetch(`${t.baseUrl}/metrics`)).arrayBuffer();
    const after = await samples();
    const { text } = await scrape();

    const calendar404 = { method: 'GET', route: '/calendar/:file', status_code: '404' };
    expect(total(after, 'http_request_duration_seconds_count', calendar404) - total(before, 'http_request_duration_seconds_count', calendar404)).toBe(3);
    expect(total(after, 'http_request_duration_seconds_bucket', { ...calendar404, le: '+Inf' })).toBe(
      total(after, 'http_request_duration_seconds_count', calendar404),
    );
    const refused = { method: 'GET', route: '/metrics', status_code: '401' };
    expect(total(after, 'http_request_duration_seconds_count', refused) - total(before, 'http_request_duration_seconds_count', refused)).toBe(1);
    // The scrape before this one, answered.
    expect(total(after, 'http_request_duration_seconds_count', { method: 'GET', route: '/metrics', status_code: '200' })).toBeGreaterThan(0);
    expect(total(after, 'http_request_duration_seconds_count', { method: 'GET', route: '/events/:id' })).toBe(1);
    expect(total(after, 'http_request_duration_seconds_count', { method: 'GET', route: 'unmatched', status_code: '404' })).toBe(1);
    // Patterns only: no token or id from a URL.
    expect(text).not.toMatch(/secret-token|event-id-1234|unmatched-1234/);
  });

  it('times GraphQL operations by name and type, and counts errors by code', async () => {
    const before = await samples();
    const before200 = total(before, 'http_request_duration_seconds_count', { method: 'POST', route: '/graphql', status_code: '200' });
    for (let i = 0; i < 3; i++) await must('query MetricsProbe { me { id } }');
    await must('mutation RenameProbe { updateProfile(input: { displayName: "Ada" }) { id } }');
    await must('{ me { id } }');
    const unauthenticated = await t.gql('query MetricsProbe { me { id } }', {}, undefined);
    expect(unauthenticated.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    const invalid = await t.gql('query BadProbe { nope }', {}, token);
    expect(invalid.errors?.[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    await t.gql('query with-dash { me { id } }', {}, token); // not a GraphQL name: a parse error, never a label
    const after = await samples();

    const delta = (name: string, labels: Record<string, string>) => total(after, name, labels) - total(before, name, labels);
    const ops = 'graphql_operation_duration_seconds_count';
    expect(delta(ops, { operation_name: 'MetricsProbe', operation_type: 'query' })).toBe(4);
    expect(delta(ops, { operation_name: 'RenameProbe', operation_type: 'mutation' })).toBe(1);
    expect(delta(ops, { operation_name: 'anonymous', operation_type: 'query' })).toBe(1);
    expect(delta('graphql_errors_total', { code: 'UNAUTHENTICATED' })).toBe(1);
    expect(delta('graphql_errors_total', { code: 'GRAPHQL_VALIDATION_FAILED' })).toBe(1);
    expect(delta('graphql_errors_total', { code: 'GRAPHQL_PARSE_FAILED' })).toBe(1);
    expect(after.some((s) => s.name === ops && s.labels.operation_name.includes('dash'))).toBe(false);
    // Six answered 200 (an error in a 200 answer too); the invalid and unparsable documents answered 400.
    const graphql400 = { method: 'POST', route: '/graphql', status_code: '400' };
    expect(total(after, 'http_request_duration_seconds_count', graphql400) - total(before, 'http_request_duration_seconds_count', graphql400)).toBe(2);
    expect(total(after, 'http_request_duration_seconds_count', { method: 'POST', route: '/graphql', status_code: '200' }) - before200).toBe(6);
  });

  it('reports process memory and event-loop lag', async () => {
    const after = await samples();
    expect(total(after, 'process_resident_memory_bytes')).toBeGreaterThan(10 * 1024 * 1024);
    expect(after.some((s) => s.name === 'nodejs_eventloop_lag_seconds')).toBe(true);
    expect(after.some((s) => s.name === 'nodejs_heap_size_used_bytes' && s.value > 0)).toBe(true);
  });

  it('counts events ingested, matches computed, feed fetches, queued jobs, follow-ups created and digests sent', async () => {
    const before = await samples();
    const delta = (after: Sample[], name: string, labels: Record<string, string> = {}) => total(after, name, labels) - total(before, name, labels);

    await must('mutation { createCompany(input: { name: "Stripe", aliases: [], domains: ["stripe.com"] }) { id } }');
    const ics = icsFeed([
      ['past@metrics', 'Payments night at Stripe', ago(3 * DAY), 'Berlin'],
      ['soon@metrics', 'Monthly JS meetup', ahead(5 * DAY), 'Berlin'],
      ['later@metrics', 'Stripe engineering open house', ahead(9 * DAY), 'Berlin'],
    ]);
    const imported = await must<{ importCalendar: { id: string; status: string } }>(
      'mutation($i: ImportCalendarInput!) { importCalendar(input: $i) { id status } }',
      { i: { name: 'Metrics calendar', ics } },
    );
    expect(imported.importCalendar.status).toBe('OK');
    const { events } = await must<{ events: { edges: { node: { id: string; title: string; matches: { kind: string }[] } }[] } }>(
      '{ events(first: 10) { edges { node { id title matches { kind } } } } }',
    );
    const matches = events.edges.reduce((sum, e) => sum + e.node.matches.length, 0);
    expect(matches).toBeGreaterThan(0);

    // Two feeds: one answers, one is missing (an HTTP error); each refresh fetches once.
    feeds.set('/metrics-ok.ics', { body: icsFeed([['feed@metrics', 'Feed event', ahead(3 * DAY), 'Berlin']]) });
    for (const path of ['/metrics-ok.ics', '/metrics-missing.ics']) {
      const { createSource } = await must<{ createSource: { id: string } }>('mutation($u: String!) { createSource(input: { url: $u, kind: ICAL }) { id } }', {
        u: feeds.url(path),
      });
      await must('mutation($id: ID!) { refreshSource(id: $id) { status } }', { id: createSource.id });
    }

    // Going to the event that already ended creates its checklist at once.
    const past = events.edges.find((e) => e.node.title === 'Payments night at Stripe')!.node;
    await must('mutation($e: ID!) { setAttendance(eventId: $e, status: GOING) { id } }', { e: past.id });
    const sent = await must<{ sendTestDigest: { status: string } }>('mutation { sendTestDigest { status } }');
    expect(sent.sendTestDigest.status).toBe('SENT');

    const after = await samples();
    expect(delta(after, 'events_ingested_total')).toBe(3 + 1);
    // Matching runs before importCalendar answers; the feed's event matches nothing.
    expect(delta(after, 'matches_computed_total')).toBe(matches);
    expect(delta(after, 'feed_fetches_total', { outcome: 'ok' })).toBe(1);
    expect(delta(after, 'feed_fetches_total', { outcome: 'http_error' })).toBe(1);
    // createSource queues a refresh for the workers (none run here): both still wait.
    expect(total(after, 'job_queue_depth', { queue: 'ingestion.refresh-feed', state: 'queued' })).toBe(2);
    expect(total(after, 'job_queue_depth', { queue: 'ingestion.refresh-feed', state: 'active' })).toBe(0);
    expect(delta(after, 'follow_ups_created_total')).toBe(1);
    expect(delta(after, 'digests_sent_total', { kind: 'test' })).toBe(1);
    expect(delta(after, 'digests_failed_total')).toBe(0);
  });
});
