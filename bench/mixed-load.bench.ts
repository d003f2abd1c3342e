import { ChildProcess } from 'node:child_process';
import { seededRandom } from '@app/testing';
import { benchDatabase, freePort, startBenchApi, stopBenchApi } from './bench-database';
import { LatencyFigures, LoadRun, residentMb, runLoad, VirtualClient } from './load-driver';
import { SeededUser, seedUsers, UserSize } from './seed-users';
import { webOperation } from './web-documents';

/** A user of some months: 40 companies, 100 people and their history, 2,000 events in the next 90 days. */
export const MIXED_USER: UserSize = { companies: 40, contacts: 100, interviews: 20, interactions: 300, projectUpdates: 5, events: 2_000, days: 90 };

export interface MixedLoadResult {
  database: 'server' | 'embedded';
  users: number;
  size: UserSize;
  seconds: number;
  warmUpSeconds: number;
  baselineSeconds: number;
  baseline: LatencyFigures;
  mixed: LoadRun;
  ratioP99VsBaseline: number;
  rss: { afterWarmUpMb: number; afterRunMb: number; growth: number; flat: boolean; everyTenSecondsMb: number[] };
  /** V8's heap in use (from /metrics), to tell live objects from memory the process keeps. */
  heapUsedMb: { afterWarmUp: number; afterRun: number };
}

// What the web app's pages send.
const PLAN = webOperation('Plan');
const EVENTS = webOperation('Events');
const LOG_TOUCH = webOperation('PersonLogTouch');
const EDIT_CONTACT = webOperation('PersonUpdate');
const WARM_UP_SECONDS = 30;
const BASELINE_SECONDS = 20;
const METRICS_TOKEN = 'mixed-load-bench-metrics-token';

async function heapUsedMb(base: string): Promise<number> {
  const response = await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
  const line = (await response.text()).split('\n').find((l) => l.startsWith('nodejs_heap_size_used_bytes'));
  return line ? Math.round(Number(line.split(' ')[1]) / 1024 / 1024) : NaN;
}

const SEARCHES = ['Meetup', 'Summit', 'payments', 'observability', 'Berlin', 'Night'];

/**
 * One user doing what users do, at random but reproducibly: the plan for the
 * next 30 days (30%), events pages (40%: the upcoming list, its next page, a
 * search), a logged touch (15%) and a contact edit (15%: notes, and one edit
 * in ten renames the person's title, which re-matches their events).
 */
function userClient(user: SeededUser, index: number): VirtualClient {
  const rng = seededRandom(7_000 + index);
  let cursor: string | null = null;
  let n = 0;
  return {
    token: user.token,
    next: () => {
      n++;
      const now = new Date();
      const contactId = user.contactIds[Math.floor(rng() * user.contactIds.length)];
      const roll = rng();
      if (roll < 0.3) {
        return { name: 'plan (30 days)', query: PLAN, variables: { from: now.toISOString(), to: new Date(now.getTime() + 30 * 86_400_000).toISOString() } };
      }
      if (roll < 0.55) return { name: 'events: upcoming, first page', query: EVENTS, variables: { first: 20, filter: { from: now.toISOString() } } };
      if (roll < 0.6 && cursor)
        return { name: 'events: next page', query: EVENTS, variables: { first: 20, after: cursor, filter: { from: now.toISOString() } } };
      if (roll < 0.7) return { name: 'events: search', query: EVENTS, variables: { first: 20, filter: { search: SEARCHES[n % SEARCHES.length] } } };
      if (roll < 0.85) {
        return {
          name: 'log a touch',
          query: LOG_TOUCH,
          variables: { input: { contactId, kind: 'EMAIL', occurredAt: now.toISOString(), notes: 'Sent the write-up.', awaitingReply: true } },
        };
      }
      const input = rng() < 0.1 ? { title: `Engineering Manager ${n}` } : { notes: `Met at the meetup ${n}; wants the benchmark write-up.` };
      return { name: 'edit a contact', query: EDIT_CONTACT, variables: { id: contactId, input } };
    },
    remember: (data: unknown) => {
      const page = (data as { events?: { pageInfo?: { endCursor?: string | null } } } | undefined)?.events?.pageInfo;
      if (page) cursor = page.endCursor ?? null;
    },
  };
}

/**
 * 50 clients for 60 s, each a different user doing the things users do,
 * against the API as `npm start` runs it (worker inside), after a warm-up;
 * baseline: `{ me { id } }` from the same 50 users. Checks that nothing
 * fails and that memory stays flat.
 */
export async function runMixedLoadBench(users = 50, seconds = 60): Promise<MixedLoadResult> {
  const db = await benchDatabase('mixed');
  let api: ChildProcess | null = null;
  try {
    const seeded = await seedUsers(db.url, new Date(), users, MIXED_USER, 'mixed-bench');
    const port = await freePort();
    api = await startBenchApi(db.url, port, { METRICS_TOKEN });
    const base = `http://127.0.0.1:${port}`;
    const me = seeded.map((user) => ({ token: user.token, next: () => ({ name: 'me', query: '{ me { id } }' }) }));
    await runLoad(base, me, 5); // JIT, connection pool
    const baseline = await runLoad(base, me, BASELINE_SECONDS);
    await runLoad(base, seeded.map(userClient), WARM_UP_SECONDS); // every path compiled, caches filled, the heap sized
    const afterWarmUpMb = residentMb(api.pid!);
    const heapAfterWarmUp = await heapUsedMb(base);
    const samples: number[] = [];
    const sampler = setInterval(() => samples.push(residentMb(api!.pid!)), 10_000);
    const mixed = await runLoad(base, seeded.map(userClient), seconds).finally(() => clearInterval(sampler));
    const afterRunMb = residentMb(api.pid!);
    const heapAfterRun = await heapUsedMb(base);
    const growth = Math.round(((afterRunMb - afterWarmUpMb) / afterWarmUpMb) * 1000) / 1000;
    return {
      database: db.kind,
      users,
      size: MIXED_USER,
      seconds,
      warmUpSeconds: WARM_UP_SECONDS,
      baselineSeconds: BASELINE_SECONDS,
      baseline: baseline.overall,
      mixed,
      ratioP99VsBaseline: Math.round((mixed.overall.p99 / Math.max(1, baseline.overall.p99)) * 10) / 10,
      rss: { afterWarmUpMb, afterRunMb, growth, flat: growth <= 0.1, everyTenSecondsMb: samples },
      heapUsedMb: { afterWarmUp: heapAfterWarmUp, afterRun: heapAfterRun },
    };
  } finally {
    if (api) await stopBenchApi(api, 30_000);
    await db.close();
  }
}
