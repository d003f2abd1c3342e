import { readFileSync } from 'node:fs';

/** One GraphQL request a virtual client sends; `name` groups its latencies. */
export interface ClientRequest {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
}

/** A virtual client: a user's bearer token and what it does next (called again after each answer). */
export interface VirtualClient {
  token: string;
  next(): ClientRequest;
  /** Sees each answer's data (to follow a cursor, say). */
  remember?(data: unknown): void;
}

export interface LatencyFigures {
  requests: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  errors: number;
}

export interface LoadRun {
  seconds: number;
  overall: LatencyFigures;
  byName: Record<string, LatencyFigures>;
  /** The first few error answers, to say what went wrong. */
  errorSamples: string[];
}

function figures(samples: number[], errors: number): LatencyFigures {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => (sorted.length ? Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]) : 0);
  return { requests: sorted.length, p50: at(0.5), p90: at(0.9), p99: at(0.99), max: Math.round(sorted[sorted.length - 1] ?? 0), errors };
}

/**
 * Closed-loop load: each virtual client sends its next request as soon as
 * the previous one is answered, for `seconds`. A request counts as an error
 * when the answer is not 200 or carries GraphQL errors.
 */
export async function runLoad(base: string, clients: VirtualClient[], seconds: number): Promise<LoadRun> {
  const samples = new Map<string, number[]>();
  const errors = new Map<string, number>();
  const errorSamples: string[] = [];
  const deadline = performance.now() + seconds * 1000;
  const fail = (name: string, what: string) => {
    errors.set(name, (errors.get(name) ?? 0) + 1);
    if (errorSamples.length < 5) errorSamples.push(`${name}: ${what.slice(0, 300)}`);
  };
  const drive = async (client: VirtualClient) => {
    while (performance.now() < deadline) {
      const request = client.next();
      const started = performance.now();
      try {
        const response = await fetch(`${base}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${client.token}` },
          body: JSON.stringify({ query: request.query, variables: request.variables }),
        });
        const text = await response.text();
        const elapsed = performance.now() - started;
        if (!samples.has(request.name)) samples.set(request.name, []);
        samples.get(request.name)!.push(elapsed);
        if (response.status !== 200) fail(request.name, `HTTP ${response.status} ${text}`);
        else if (text.includes('"errors"')) fail(request.name, text);
        else if (client.remember) client.remember((JSON.parse(text) as { data?: unknown }).data);
      } catch (error) {
        fail(request.name, (error as Error).message);
      }
    }
  };
  await Promise.all(clients.map(drive));
  const names = [...samples.keys()].sort();
  const total = [...errors.values()].reduce((a, b) => a + b, 0);
  return {
    seconds,
    overall: figures([...samples.values()].flat(), total),
    byName: Object.fromEntries(names.map((n) => [n, figures(samples.get(n)!, errors.get(n) ?? 0)])),
    errorSamples,
  };
}

/** A process's resident memory in MB, from /proc (Linux). */
export function residentMb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmRSS:'));
  return line ? Math.round(Number.parseInt(line.replace(/\D+/g, ''), 10) / 1024) : NaN;
}
