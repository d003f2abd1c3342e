import { createHash } from 'node:crypto';
import { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { Injectable, NestMiddleware } from '@nestjs/common';
import { Kind, parse } from 'graphql';
import { RequestAuthenticator } from '@app/accounts';
import { Clock, RequestContext, Viewer } from '@app/common';

/** Root fields whose answer is a function of the user's data (versioned) and the minute. */
const CACHEABLE_ROOT_FIELDS = new Set(['plan', 'nextTouches', 'blockedTouches']);
/** Plans depend on "now" (what is due, overdue, upcoming): an answer is reused within its minute only. */
const BUCKET_MS = 60_000;
const MAX_ENTRIES = 2_000;
/** Stored answers stay within this many characters (a 50-item plan is tens of kB): under load most are misses that are never read again. */
const MAX_CHARS = 16 * 1024 * 1024;
const MAX_QUERIES = 500;
/** A request waits at most this long for an identical one in flight before computing its own answer. */
const MAX_WAIT_MS = 10_000;

interface GraphqlBody {
  query?: unknown;
  operationName?: unknown;
  variables?: unknown;
}

/**
 * Answers a repeated plan query with the bytes of the previous answer while
 * nothing it depends on has changed. The key holds the user, their data
 * version (bumped by database triggers on every write to their rows, so
 * every instance sees a change at once), the query with its variables and
 * the minute: one user's answer is never another's, and a write is never
 * hidden. Stored already serialised, so a hit costs one token lookup.
 */
@Injectable()
export class PlanResponseStore {
  private readonly answers = new Map<string, string>();
  private storedChars = 0;
  private readonly cacheableQueries = new Map<string, boolean>();
  /** Answers being computed: identical requests wait for them instead of all computing at once (a new minute, a write). */
  private readonly inFlight = new Map<string, { done: Promise<void>; finish: () => void }>();

  constructor(private readonly clock: Clock) {}

  /** Whether every root field of the query is cacheable (parsed once per distinct query text). */
  cacheable(query: string): boolean {
    let known = this.cacheableQueries.get(query);
    if (known === undefined) {
      try {
        const operations = parse(query).definitions;
        known =
          operations.length === 1 &&
          operations[0].kind === Kind.OPERATION_DEFINITION &&
          operations[0].operation === 'query' &&
          operations[0].selectionSet.selections.every((s) => s.kind === Kind.FIELD && CACHEABLE_ROOT_FIELDS.has(s.name.value));
      } catch {
        known = false;
      }
      if (this.cacheableQueries.size >= MAX_QUERIES) this.cacheableQueries.clear();
      this.cacheableQueries.set(query, known);
    }
    return known;
  }

  key(viewer: Viewer, body: GraphqlBody): string {
    return createHash('sha256')
      .update(
        JSON.stringify([
          viewer.id,
          viewer.dataVersion,
          Math.floor(this.clock.now().getTime() / BUCKET_MS),
          body.query,
          body.operationName ?? null,
          body.variables ?? {},
        ]),
      )
      .digest('base64url');
  }

  get(key: string): string | undefined {
    return this.answers.get(key);
  }

  set(key: string, json: string): void {
    this.storedChars += json.length - (this.answers.get(key)?.length ?? 0);
    this.answers.set(key, json);
    // The oldest go first (a Map keeps insertion order).
    for (const [oldest, answer] of this.answers) {
      if (this.answers.size <= MAX_ENTRIES && this.storedChars <= MAX_CHARS) break;
      this.answers.delete(oldest);
      this.storedChars -= answer.length;
    }
  }

  /** Null when this request should compute the answer (and then call finish), else a promise of the other request's. */
  waitForOther(key: string): Promise<void> | null {
    const other = this.inFlight.get(key);
    if (other) return Promise.race([other.done, new Promise<void>((r) => setTimeout(r, MAX_WAIT_MS).unref())]);
    let finish!: () => void;
    const done = new Promise<void>((resolve) => (finish = resolve));
    this.inFlight.set(key, { done, finish });
    return null;
  }

  finish(key: string): void {
    this.inFlight.get(key)?.finish();
    this.inFlight.delete(key);
  }
}

interface HttpRequest {
  body?: GraphqlBody;
  headers: Record<string, string | string[] | undefined>;
  viewer?: Viewer;
  viewerVia?: 'bearer' | 'cookie';
  planCacheKey?: string;
  /** Set once the answer is known to be free of errors: the bytes sent are then stored. */
  planCacheStorable?: boolean;
}

interface HttpResponse {
  setHeader(name: string, value: string): void;
  end(body: string): void;
  send(body: unknown): unknown;
  once(event: 'close', listener: () => void): unknown;
}

/** In front of the GraphQL endpoint: serves stored answers, and marks the requests whose answer to store. */
@Injectable()
export class PlanResponseMiddleware implements NestMiddleware<HttpRequest, HttpResponse> {
  constructor(
    private readonly store: PlanResponseStore,
    private readonly authenticator: RequestAuthenticator,
  ) {}

  async use(req: HttpRequest, res: HttpResponse, next: (error?: unknown) => void): Promise<void> {
    const body = req.body;
    if (!this.authenticator.credential(req) || typeof body?.query !== 'string' || !this.store.cacheable(body.query)) return next();
    try {
      // The guard reuses this viewer instead of authenticating again.
      req.viewer = await this.authenticator.authenticate(req);
    } catch {
      return next(); // execution answers UNAUTHENTICATED as usual
    }
    const key = this.store.key(req.viewer, body);
    let hit = this.store.get(key);
    if (hit === undefined) {
      const other = this.store.waitForOther(key);
      if (!other) {
        req.planCacheKey = key;
        this.storeWhatIsSent(req, res, key);
        return next();
      }
      await other;
      hit = this.store.get(key);
      if (hit === undefined) return next();
    }
    res.setHeader('content-type', 'application/json; charset=utf-8');
    res.end(hit);
  }

  /** Stores the very string Apollo sends (serialising a plan of hundreds of kB again would cost as much). */
  private storeWhatIsSent(req: HttpRequest, res: HttpResponse, key: string): void {
    const send = res.send.bind(res);
    res.send = (body: unknown) => {
      if (req.planCacheStorable && typeof body === 'string') this.store.set(key, body);
      this.store.finish(key);
      return send(body);
    };
    res.once('close', () => this.store.finish(key)); // sent nothing (a dropped connection): let waiters compute
  }
}

/** Tells the middleware which of the answers it marked may be stored: those free of errors. */
@Plugin()
export class PlanResponsePlugin implements ApolloServerPlugin<RequestContext> {
  async requestDidStart(): Promise<GraphQLRequestListener<RequestContext>> {
    return {
      willSendResponse: async ({ response, contextValue }) => {
        const req = contextValue.req as HttpRequest;
        if (!req.planCacheKey) return;
        // The middleware stores the bytes as they are sent, and then lets identical requests have them.
        req.planCacheStorable = response.body.kind === 'single' && !response.body.singleResult.errors;
      },
    };
  }
}
