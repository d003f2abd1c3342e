import 'reflect-metadata';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ProfileReader } from '@app/accounts';
import { UserId } from '@app/common';
import { currentPeriod, DigestComposer, DigestsModule, DigestSettingsService, renderDigest, scheduleOf } from '@app/digests';
import { benchApp, recordStatements } from './bench-app';
import { freePort, startBenchApi, stopBenchApi } from './bench-database';

export interface DigestBenchResult {
  database: 'server' | 'embedded';
  users: number;
  perUser: { contacts: number; events: number; matchedEvents: number; checklists: number };
  digests: { built: number; ms: number; perSecond: number; renderMsPerDigest: number };
  api: { users: number; requests: number; ms: number; usersPerSecond: number };
  ratio: number;
  /** Statements to compose one digest, for a user with the usual data and one with ten times the events and contacts. */
  statements: { usual: number; tenTimes: number };
}

const DAY_MS = 86_400_000;
const CONTACTS = 20;
const EVENTS = 60;

/** What a client would ask the API for to build the same digest itself: the plan, the events, the follow-ups, the next touches, the sources. */
const API_QUERIES = [
  `query($from: DateTime!, $to: DateTime!) { plan(from: $from, to: $to, limit: 8) { items { score event { id title start location url }
     reasons { text } meet { contact { name } why talkingPoints { text } } } } }`,
  `query($from: DateTime!, $to: DateTime!) { events(first: 50, filter: {from: $from, to: $to}) { edges { node { id title start status changes { kind oldStart newStart } } } } }`,
  '{ followUps(first: 50) { edges { node { id kind status dueAt overdue text draft contact { name } event { title } } } } }',
  '{ nextTouches(limit: 20) { id kind dueAt overdue draft reason contact { name } } }',
  '{ sources { id name status lastError } }',
];

/** Users with tracked people, events naming them (matched), attendance, touches and a past evening's checklist, written in bulk. */
async function seed(db: DataSource, users: number, now: Date, scale = 1, prefix = 'bench-'): Promise<void> {
  const mine = `(SELECT id FROM users WHERE email LIKE '${prefix}%')`;
  await db.query(
    `INSERT INTO users (email, password_hash, time_zone, display_name) SELECT $2 || g || '@example.com', 'x', 'Europe/Berlin', 'Bench ' || g FROM generate_series(1, $1) g`,
    [users, prefix],
  );
  await db.query(`INSERT INTO companies (owner_id, name) SELECT u.id, 'Company ' || c FROM ${mine} u CROSS JOIN generate_series(1, 5) c`);
  await db.query(
    `INSERT INTO contacts (owner_id, name, role, email, company_id, interests)
     SELECT u.id, 'Person' || k || ' Surname' || k, 'HIRING_MANAGER', 'p' || k || '@example.com',
            (SELECT id FROM companies c WHERE c.owner_id = u.id ORDER BY name OFFSET (k % 5) LIMIT 1), ARRAY['payments', 'ledgers']
       FROM ${mine} u CROSS JOIN generate_series(1, $1) k`,
    [CONTACTS * scale],
  );
  await db.query(
    `INSERT INTO events (owner_id, uid, title, all_day, start_local, starts_at, ends_at, time_zone, location)
     SELECT u.id, 'e' || g || '@bench', 'Meetup ' || g || ': Person' || (g % $2 + 1) || ' Surname' || (g % $2 + 1) || ' on ledgers', false,
            to_char($3::timestamptz + g * interval '5 hours', 'YYYY-MM-DD"T"HH24:MI:SS"+00:00"'),
            $3::timestamptz + g * interval '5 hours', $3::timestamptz + g * interval '5 hours' + interval '2 hours', 'Europe/Berlin', 'Berlin'
       FROM ${mine} u CROSS JOIN generate_series(1, $1) g`,
    [EVENTS * scale, CONTACTS * scale, now],
  );
  // A third of the events name someone tracked: a PERSON match each, ranked by the planner's relevance.
  await db.query(
    `INSERT INTO event_matches (owner_id, event_id, kind, role, score, contact_id, evidence, reason)
     SELECT e.owner_id, e.id, 'PERSON', 'SPEAKER', 0.9, c.id, '[{"field": "title", "snippet": "Person"}]'::jsonb, 'speaks'
       FROM events e JOIN contacts c ON c.owner_id = e.owner_id AND e.title LIKE '%: ' || c.name || ' on%'
      WHERE e.owner_id IN ${mine} AND (substring(e.uid from '^e(\\d+)@')::int % 3) = 0`,
  );
  await db.query(
    `INSERT INTO event_relevance (event_id, owner_id, relevance) SELECT DISTINCT event_id, owner_id, 0.8::real FROM event_matches WHERE owner_id IN ${mine}`,
  );
  await db.query(
    `INSERT INTO event_attendance (owner_id, event_id, status) SELECT owner_id, id, 'GOING' FROM events WHERE owner_id IN ${mine} AND (substring(uid from '^e(\\d+)@')::int % 10) = 0`,
  );
  await db.query(
    `INSERT INTO interactions (owner_id, contact_id, kind, direction, occurred_at, notes, awaiting_reply)
     SELECT owner_id, id, 'EMAIL', 'OUTBOUND', $1::timestamptz - interval '10 days', 'Thanks for the chat.', true FROM contacts WHERE owner_id IN ${mine}`,
    [now],
  );
  // Yesterday's evening, attended: its checklist asks whom they met and suggests the speaker.
  await db.query(
    `INSERT INTO events (owner_id, uid, title, all_day, start_local, starts_at, ends_at, time_zone)
     SELECT u.id, 'past@bench', 'Yesterday: Person1 Surname1 on ledgers', false, '2026-01-01T18:00:00+00:00', $1::timestamptz - interval '1 day', $1::timestamptz - interval '22 hours', 'Europe/Berlin'
       FROM ${mine} u`,
    [now],
  );
  await db.query(
    `INSERT INTO event_attendance (owner_id, event_id, status) SELECT owner_id, id, 'GOING' FROM events WHERE uid = 'past@bench' AND owner_id IN ${mine}`,
  );
  await db.query(`INSERT INTO follow_up_checklists (owner_id, event_id) SELECT owner_id, id FROM events WHERE uid = 'past@bench' AND owner_id IN ${mine}`);
  await db.query(`INSERT INTO digest_settings (owner_id, frequency, local_time) SELECT id, 'DAILY', '00:00' FROM ${mine} u`);
}

/**
 * Building (not sending) the digest of 1,000 users with realistic data,
 * against a client building the same from the API with separate queries
 * (plan, events, follow-ups, next touches, sources); and the statements one
 * digest takes as the user's data grows.
 */
export async function runDigestBench(users = 1_000): Promise<DigestBenchResult> {
  const { db, app, dataSource, close } = await benchApp('digests', [DigestsModule]);
  let api: Awaited<ReturnType<typeof startBenchApi>> | null = null;
  try {
    const now = new Date();
    await seed(dataSource, users, now);
    const ids: string[] = (await dataSource.query(`SELECT id FROM users WHERE email LIKE 'bench-%' ORDER BY email`)).map((r: { id: string }) => r.id);
    const composer = app.get(DigestComposer);
    const settingsService = app.get(DigestSettingsService);
    const profiles = app.get(ProfileReader);

    const recorder = recordStatements(dataSource);
    const statements = recorder.statements;
    const build = async (id: string) => {
      const recipient = await profiles.recipient(id as UserId);
      const settings = await settingsService.get(id as UserId);
      const period = currentPeriod(now, 'Europe/Berlin', scheduleOf(settings));
      if (!recipient || !period) throw new Error('bench user without a digest');
      const content = await composer.compose({
        recipient,
        settings,
        period,
        now,
        appUrl: 'https://tom.example.com',
        unsubscribeUrl: 'https://tom.example.com/unsubscribe/x',
        test: false,
      });
      const started = performance.now();
      renderDigest(content);
      return performance.now() - started;
    };
    for (const id of ids.slice(0, 20)) await build(id); // warm-up

    statements.splice(0);
    await build(ids[0]);
    const usual = statements.length;

    const started = performance.now();
    let renderMs = 0;
    for (const id of ids) renderMs += await build(id);
    const digestMs = performance.now() - started;

    // One more user with ten times the data: the same statements.
    await seed(dataSource, 1, now, 10, 'big-');
    const [{ id: big }] = await dataSource.query(`SELECT id FROM users WHERE email LIKE 'big-%'`);
    await build(big);
    statements.splice(0);
    await build(big);
    const tenTimes = statements.length;
    recorder.stop();

    // The baseline: the API in its own process, each user's token made directly (password hashing is not what is measured).
    // In the API's own token format (tom_ and 32 random bytes).
    const tokens = ids.map(() => `tom_${randomBytes(32).toString('base64url')}`);
    await dataSource.query(
      `INSERT INTO access_tokens (user_id, token_hash, last_used_at, expires_at) SELECT u, decode(h, 'hex'), now(), now() + interval '1 day' FROM unnest($1::uuid[], $2::text[]) AS t(u, h)`,
      [ids, tokens.map((token) => createHash('sha256').update(token).digest('hex'))],
    );
    const port = await freePort();
    api = await startBenchApi(db.url, port, { RUN_WORKER: 'false' });
    const variables = { from: now.toISOString(), to: new Date(now.getTime() + 14 * DAY_MS).toISOString() };
    const ask = async (token: string) => {
      for (const query of API_QUERIES) {
        const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query, variables: query.includes('$from') ? variables : {} }),
        });
        const body = (await response.json()) as { errors?: unknown };
        if (body.errors) throw new Error(`API baseline failed: ${JSON.stringify(body.errors).slice(0, 300)}`);
      }
    };
    for (const token of tokens.slice(0, 20)) await ask(token); // warm-up
    const apiStarted = performance.now();
    for (const token of tokens) await ask(token);
    const apiMs = performance.now() - apiStarted;

    const [{ matched }] = await dataSource.query(`SELECT count(DISTINCT event_id)::int / $1 AS matched FROM event_matches`, [users + 1]);
    const perSecond = ids.length / (digestMs / 1000);
    const usersPerSecond = ids.length / (apiMs / 1000);
    return {
      database: db.kind,
      users: ids.length,
      perUser: { contacts: CONTACTS, events: EVENTS, matchedEvents: matched, checklists: 1 },
      digests: {
        built: ids.length,
        ms: Math.round(digestMs),
        perSecond: Math.round(perSecond * 10) / 10,
        renderMsPerDigest: Math.round((renderMs / ids.length) * 10) / 10,
      },
      api: { users: ids.length, requests: ids.length * API_QUERIES.length, ms: Math.round(apiMs), usersPerSecond: Math.round(usersPerSecond * 10) / 10 },
      ratio: Math.round((perSecond / usersPerSecond) * 10) / 10,
      statements: { usual, tenTimes },
    };
  } finally {
    if (api) await stopBenchApi(api);
    await close();
  }
}
