import { FeedServer, icsFeed, startFeedServer } from './utils/feed-server';
import { startTestApp, TestApp } from './utils/test-app';

/** Without FETCH_ALLOW_HOSTS, internal addresses are refused when a source is added. */
describe('adding sources that point inside the network', () => {
  let t: TestApp;
  let feeds: FeedServer;
  let token: string;
  beforeAll(async () => {
    feeds = await startFeedServer();
    t = await startTestApp('ssrf');
    token = (await t.signUp()).token;
  });
  afterAll(async () => {
    await t.close();
    await feeds.close();
  });

  it.each([
    ['loopback', () => feeds.url('/feed.ics')],
    ['localhost by name', () => feeds.url('/feed.ics').replace('127.0.0.1', 'localhost')],
    ['cloud metadata (link-local)', () => 'http://169.254.169.254/latest/meta-data/'],
    ['a private network', () => 'http://10.1.2.3/calendar.ics'],
    ['IPv6 loopback', () => 'http://[::1]/calendar.ics'],
    ['a decimal spelling of 127.0.0.1', () => 'http://2130706433/calendar.ics'],
    ['webcal to loopback', () => 'webcal://127.0.0.1/calendar.ics'],
  ])('refuses %s with a clear BAD_USER_INPUT', async (_name, url) => {
    feeds.set('/feed.ics', { body: icsFeed([['a@x', 'A', '20270101T100000Z', 'Here']]) });
    const result = await t.gql('mutation($u: String!) { createSource(input: {url: $u}) { id } }', { u: url() }, token);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.url' }] });
    expect(result.errors?.[0].message).toMatch(/FETCH_ALLOW_HOSTS/);
    expect(feeds.hits('/feed.ics')).toBe(0);
  });

  it.each(['ftp://example.com/feed.ics', 'javascript:alert(1)', 'file:///etc/passwd', 'not a url'])('refuses %p', async (url) => {
    const result = await t.gql('mutation($u: String!) { createSource(input: {url: $u}) { id } }', { u: url }, token);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.url' }] });
  });
});

describe('the same source with the host on the allowlist', () => {
  let t: TestApp;
  let feeds: FeedServer;
  beforeAll(async () => {
    feeds = await startFeedServer();
    t = await startTestApp('allowlist', { FETCH_ALLOW_HOSTS: '127.0.0.1' });
  });
  afterAll(async () => {
    await t.close();
    await feeds.close();
  });

  it('is fetched', async () => {
    const { token } = await t.signUp();
    feeds.set('/feed.ics', { body: icsFeed([['a@x', 'Allowed event', '20270101T100000Z', 'Here']]) });
    const created = await t.gql<{ createSource: { id: string } }>(
      'mutation($u: String!) { createSource(input: {url: $u}) { id } }',
      { u: feeds.url('/feed.ics') },
      token,
    );
    const refreshed = await t.gql<{ refreshSource: { status: string; eventCount: number } }>(
      'mutation($id: ID!) { refreshSource(id: $id) { status eventCount } }',
      { id: created.data!.createSource.id },
      token,
    );
    expect(refreshed.data?.refreshSource).toEqual({ status: 'OK', eventCount: 1 });
    expect(feeds.hits('/feed.ics')).toBe(1);
  });
});
