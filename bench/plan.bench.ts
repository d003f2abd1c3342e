import 'reflect-metadata';
import { ChildProcess } from 'node:child_process';
import autocannon from 'autocannon';
import { benchDatabase, freePort, startBenchApi, stopBenchApi } from './bench-database';
import { LatencyFigures, runLoad, VirtualClient } from './load-driver';
import { LARGE_USER, SeededUser, seedUsers } from './seed-users';
import { webOperation } from './web-documents';

export interface LatencySummary {
  requests: number;
  rps: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  errors: number;
}

export interface PlanBenchResult {
  data: { contacts: number; companies: number; eventsInWindow: number; matchedEvents: number; itemsReturned: number; users: number };
  connections: number;
  seconds: number;
  baseline: LatencySummary;
  plan: LatencySummary;
  /** One client, the web app's plan query, each request a cache miss: the cost of computing a plan. */
  uncached: { requests: number; p50: number; p99: number; max: number };
  /** 20 clients, each a different user logging a touch and then asking for the plan (every plan a cache miss); baseline: the same with `me`. */
  cold: { plan: LatencyFigures; touch: LatencyFigures; baseline: LatencyFigures; baselineTouch: LatencyFigures };
  ratioP99VsBaseline: number;
  coldRatioP99VsBaseline: number;
  /** Size of one answer to the web app's plan query. */
  coldAnswerKb: number;
  target: { p99Ms: number; met: boolean; coldMet: boolean };
}

function summarise(result: autocannon.Result): LatencySummary {
  return {
    requests: result.requests.total,
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    max: result.latency.max,
    errors: result.errors + result.non2xx,
  };
}

async function load(url: string, token: string, query: string, connections: number, seconds: number): Promise<autocannon.Result> {
  return autocannon({
    url: `${url}/graphql`,
    method: 'POST',
    connections,
    duration: seconds,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
  });
}

const planQuery = (from: Date, to: Date, limit = 50) =>
  `{ plan(from: "${from.toISOString()}", to: "${to.toISOString()}", limit: ${limit}) { items { score event { id uid title start end url status }
      matches { kind score role evidence company { id name } contact { id name } } reasons { text }
      meet { contact { id name } why talkingPoints { text sources { kind id } } } conflicts { event { id title } } } } }`;

// The web app's plan page query: limit 50, with actions and their drafts.
const WEB_PLAN = webOperation('Plan');

const LOG_TOUCH = `mutation LogTouch($input: LogInteractionInput!) { logInteraction(input: $input) { id } }`;

/**
 * Each client a different user who has just logged a touch (which changes
 * their data, so their cached plans are stale) and now asks for the plan:
 * every plan is computed from scratch. Only the plans are timed together;
 * the touches are reported on their own.
 */
function coldPlanClients(users: SeededUser[], from: Date, to: Date, ask: string): VirtualClient[] {
  return users.map((user, u) => {
    let touched = false;
    let n = 0;
    return {
      token: user.token,
      next: () => {
        touched = !touched;
        if (!touched) return { name: 'plan', query: ask, variables: { from: from.toISOString(), to: to.toISOString() } };
        n++;
        return {
          name: 'touch',
          query: LOG_TOUCH,
          variables: {
            input: {
              contactId: user.contactIds[(u * 7 + n) % user.contactIds.length],
              kind: 'EMAIL',
              occurredAt: new Date().toISOString(),
              notes: 'bench touch',
            },
          },
        };
      },
    };
  });
}

/**
 * The plan query under load: 20 concurrent clients on loopback against an
 * API process of its own, each user with 500 contacts, 200 companies and
 * 20,000 events in the window. Baseline: the cheapest authenticated query
 * (`me`) under the same load in the same run. Measured warm (one user's
 * plan, answered from the cache) and cold (20 users, each plan after a
 * change of that user's data).
 */
export async function runPlanBench(connections = 20, seconds = 15): Promise<PlanBenchResult> {
  const db = await benchDatabase('plan');
  const now = new Date();
  let api: ChildProcess | null = null;
  try {
    const users = await seedUsers(db.url, now, connections, LARGE_USER, 'plan-bench');
    const port = await freePort();
    api = await startBenchApi(db.url, port, { RUN_WORKER: 'false' });
    const base = `http://127.0.0.1:${port}`;
    const token = users[0].token;
    const to = new Date(now.getTime() + 90 * 86_400_000);
    const probe = (await (
      await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: planQuery(now, to) }),
      })
    ).json()) as { data?: { plan: { items: unknown[] } }; errors?: unknown };
    if (!probe.data) throw new Error(`plan query failed: ${JSON.stringify(probe.errors)}`);

    // One client alone, each plan a cache miss (the window's end moves by a millisecond): a plan's own cost.
    const uncachedMs: number[] = [];
    let answerChars = 0;
    for (let i = 0; i < 40; i++) {
      const started = performance.now();
      const response = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: WEB_PLAN, variables: { from: now.toISOString(), to: new Date(to.getTime() - i).toISOString() } }),
      });
      answerChars = (await response.text()).length;
      uncachedMs.push(performance.now() - started);
    }
    uncachedMs.sort((a, b) => a - b);
    const at = (q: number) => Math.round(uncachedMs[Math.min(uncachedMs.length - 1, Math.floor(q * uncachedMs.length))]);

    await load(base, token, '{ me { id } }', connections, 3); // warm-up: JIT, connection pool
    await load(base, token, planQuery(now, to), connections, 3);
    const baseline = summarise(await load(base, token, '{ me { id } }', connections, seconds));
    const plan = summarise(await load(base, token, planQuery(now, to), connections, seconds));

    const meAfterTouch = await runLoad(base, coldPlanClients(users, now, to, '{ me { id } }'), seconds);
    const cold = await runLoad(base, coldPlanClients(users, now, to, WEB_PLAN), seconds);
    if (cold.overall.errors || meAfterTouch.overall.errors)
      throw new Error(`errors under load: ${[...cold.errorSamples, ...meAfterTouch.errorSamples].join('\n')}`);
    const coldPlan = cold.byName.plan;
    return {
      data: {
        contacts: LARGE_USER.contacts,
        companies: LARGE_USER.companies,
        eventsInWindow: LARGE_USER.events,
        matchedEvents: Math.round(users[0].matchedShare * LARGE_USER.events),
        itemsReturned: probe.data.plan.items.length,
        users: users.length,
      },
      connections,
      seconds,
      baseline,
      plan,
      uncached: { requests: uncachedMs.length, p50: at(0.5), p99: at(0.99), max: Math.round(uncachedMs[uncachedMs.length - 1]) },
      cold: { plan: coldPlan, touch: cold.byName.touch, baseline: meAfterTouch.byName.plan, baselineTouch: meAfterTouch.byName.touch },
      ratioP99VsBaseline: Math.round((plan.p99 / Math.max(1, baseline.p99)) * 10) / 10,
      coldAnswerKb: Math.round(answerChars / 1024),
      coldRatioP99VsBaseline: Math.round((coldPlan.p99 / Math.max(1, meAfterTouch.byName.plan.p99)) * 10) / 10,
      target: { p99Ms: 100, met: plan.p99 <= 100, coldMet: coldPlan.p99 <= 100 },
    };
  } finally {
    if (api) await stopBenchApi(api, 10_000);
    await db.close();
  }
}
