import { DataSource } from 'typeorm';
import { RefreshScheduler } from '@app/ingestion';
import { FeedServer, icsFeed, startFeedServer } from './utils/feed-server';
import { startTestApp, TestApp } from './utils/test-app';

/** Scheduled refreshing with two worker instances on one database, as on several machines. */
describe('refresh jobs across instances', () => {
  let first: TestApp;
  let second: TestApp;
  let feeds: FeedServer;
  let token: string;
  const env = { FETCH_ALLOW_HOSTS: '127.0.0.1', RUN_WORKER: 'true' };

  const status = async (id: string) =>
    (await first.gql<{ source: { status: string; eventCount: number } }>('query($id: ID!) { source(id: $id) { status eventCount } }', { id }, token)).data!
      .source;
  const waitFor = async (check: () => Promise<boolean>, ms = 20_000) => {
    const deadline = Date.now() + ms;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error('timed out');
      await new Promise((r) => setTimeout(r, 200));
    }
  };

  beforeAll(async () => {
    feeds = await startFeedServer();
    first = await startTestApp('workers', env);
    second = await startTestApp('workers', env, first.db);
    token = (await first.signUp()).token;
  });
  afterAll(async () => {
    await second.close();
    await first.close();
    await feeds.close();
  });

  it('fetches a new source in the background, without refreshSource', async () => {
    feeds.set('/background.ics', { body: icsFeed([['bg-1@x', 'Background refresh works', '20270301T170000Z', 'Online']]) });
    const created = await first.gql<{ createSource: { id: string; status: string } }>(
      'mutation($u: String!) { createSource(input: {url: $u}) { id status } }',
      { u: feeds.url('/background.ics') },
      token,
    );
    expect(created.data!.createSource.status).toBe('PENDING');
    await waitFor(async () => (await status(created.data!.createSource.id)).status === 'OK');
    expect(await status(created.data!.createSource.id)).toEqual({ status: 'OK', eventCount: 1 });
    expect(feeds.hits('/background.ics')).toBe(1);
  });

  it('refreshes a due feed exactly once when both instances enqueue it', async () => {
    const db = first.app.get(DataSource);
    const before = feeds.hits('/background.ics');
    await db.query(`UPDATE feeds SET next_refresh_at = now() - interval '1 minute'`);
    await Promise.all([first.app.get(RefreshScheduler).enqueueDueFeeds(), second.app.get(RefreshScheduler).enqueueDueFeeds()]);
    await waitFor(async () => {
      const [{ due }] = await db.query(`SELECT count(*)::int AS due FROM feeds WHERE next_refresh_at <= now()`);
      return due === 0;
    });
    await new Promise((r) => setTimeout(r, 3_000)); // a duplicate job would have run by now
    expect(feeds.hits('/background.ics') - before).toBe(1);
  });
});
