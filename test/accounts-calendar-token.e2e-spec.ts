import { createHash } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { appDataSourceOptions } from '@app/persistence';
import { MIGRATIONS } from '../migrations';
import { HashCalendarTokens1796582473425 } from '../migrations/1796582473425-HashCalendarTokens';
import { createTestDatabase, TestDatabase } from './utils/test-database';
import { startTestApp, TestApp } from './utils/test-app';

const ROTATE = 'mutation { rotateCalendarFeedToken { url createdAt } }';
const sha256 = (text: string) => createHash('sha256').update(text).digest();
const tokenOf = (url: string) => new URL(url).pathname.replace(/^\/calendar\/|\.ics$/g, '');

async function query<T>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

describe('the calendar feed token', () => {
  describe('on a fresh database', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp('calendar_token');
    });
    afterAll(() => t.close());

    it('stores only a hash, shows the URL once when issued, and says since when it exists', async () => {
      const { token, userId } = await t.signUp();
      const none = await t.gql<{ calendarFeed: { url: string | null; createdAt: string | null } }>('{ calendarFeed { url createdAt } }', {}, token);
      expect(none.data?.calendarFeed).toEqual({ url: null, createdAt: null });

      const issued = await t.gql<{ rotateCalendarFeedToken: { url: string; createdAt: string } }>(ROTATE, {}, token);
      const { url, createdAt } = issued.data!.rotateCalendarFeedToken;
      expect(url).toMatch(/\/calendar\/[\w-]{20,64}\.ics$/);
      expect((await fetch(`${t.baseUrl}${new URL(url).pathname}`)).status).toBe(200);

      const [row] = await query<Record<string, unknown>>(t.db.url, 'SELECT * FROM users WHERE id = $1', [userId]);
      expect(JSON.stringify(row)).not.toContain(tokenOf(url));
      expect(row.calendar_token_hash).toEqual(sha256(tokenOf(url)));

      const later = await t.gql<{ calendarFeed: { url: string | null; createdAt: string } }>('{ calendarFeed { url createdAt } }', {}, token);
      expect(later.data?.calendarFeed).toEqual({ url: null, createdAt });
    });

    it('answers 404 for a token that is unknown, rotated away, or the stored hash itself', async () => {
      const { token, userId } = await t.signUp();
      const first = (await t.gql<{ rotateCalendarFeedToken: { url: string } }>(ROTATE, {}, token)).data!.rotateCalendarFeedToken.url;
      const second = (await t.gql<{ rotateCalendarFeedToken: { url: string } }>(ROTATE, {}, token)).data!.rotateCalendarFeedToken.url;
      expect((await fetch(`${t.baseUrl}${new URL(first).pathname}`)).status).toBe(404);
      expect((await fetch(`${t.baseUrl}${new URL(second).pathname}`)).status).toBe(200);
      const [{ hash }] = await query<{ hash: string }>(t.db.url, "SELECT encode(calendar_token_hash, 'hex') AS hash FROM users WHERE id = $1", [userId]);
      expect((await fetch(`${t.baseUrl}/calendar/${hash}.ics`)).status).toBe(404);
    });
  });

  describe('migrating plain tokens', () => {
    let db: TestDatabase;
    let t: TestApp | undefined;
    beforeAll(async () => {
      db = await createTestDatabase('calendar_token_migration');
    });
    afterAll(async () => {
      await t?.close();
      await db.drop();
    });

    it('hashes existing tokens in place, so subscribed calendars keep working', async () => {
      const before = MIGRATIONS.slice(0, MIGRATIONS.indexOf(HashCalendarTokens1796582473425));
      const old = new DataSource({ ...appDataSourceOptions(db.url, 1, 'topofmind-test'), migrations: before });
      await old.initialize();
      try {
        await old.runMigrations();
      } finally {
        await old.destroy();
      }
      const plain = 'Pl41nT0kenFromBefore_hashing-xyz';
      await query(db.url, "INSERT INTO users (email, password_hash, calendar_token) VALUES ('old@example.com', 'x', $1)", [plain]);

      t = await startTestApp('calendar_token_migration', {}, db);
      const [row] = await query<Record<string, unknown>>(db.url, "SELECT * FROM users WHERE email = 'old@example.com'");
      expect(row).not.toHaveProperty('calendar_token');
      expect(row.calendar_token_hash).toEqual(sha256(plain));
      expect(row.calendar_token_created_at).toBeInstanceOf(Date);
      expect((await fetch(`${t.baseUrl}/calendar/${plain}.ics`)).status).toBe(200);
    });
  });
});
