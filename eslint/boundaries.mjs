// Which lib may import which, read by the `local/lib-boundaries` rule
// (eslint/rules/lib-boundaries.mjs) and checked by `node eslint/lib-edges.mjs`,
// which prints the edges the code uses and fails on a cycle.
//
// Layering, bottom to top. A lib imports only the libs listed for it, only
// through their public index `@app/<lib>`, and only libs listed above it here
// (so the map cannot hold a cycle; test/lint-boundaries.e2e-spec.ts checks):
//   1. pure, framework-free or leaf libs: no other lib
//   2. infrastructure: the database, the job queue, GraphQL plumbing, health
//   3. the core features: accounts, tracked people and companies, ingestion
//   4. features built on those: matching, planning, the demo workspace, web pages
//   5. composition: data export/deletion, the calendar feed, background work,
//      and persistence (all entities and migrations in one DataSource)
// Apps (apps/*) sit on top: they, test/ and bench/ may import any lib through
// its index; nothing imports an app, except e2e tests under test/ booting one.
// A new lib must be added here before it can be imported.

/** lib -> the libs it may import through `@app/<lib>`. */
export const allowedLibImports = {
  // 1. pure / leaf
  zones: [],
  text: [],
  // Helpers for tests and benchmarks (seeded random numbers): listed for no lib, so only test code uses it.
  testing: [],
  'event-model': ['text'],
  ical: ['event-model', 'text', 'zones'],
  'html-events': ['event-model', 'text', 'zones'],
  'source-reader': ['event-model', 'html-events', 'ical', 'text'],
  common: ['zones'],
  fetcher: [],
  config: ['fetcher'],
  // 2. infrastructure
  // Prometheus instruments and GET /metrics: low, so the job queue and every feature can count.
  metrics: ['common', 'config'],
  // Structured logs (pino behind Nest's Logger) and the request id every log line carries.
  logging: ['config'],
  database: ['common', 'text'],
  jobs: ['config', 'database', 'logging', 'metrics'],
  'graphql-api': ['common', 'config', 'logging', 'metrics'],
  // Liveness, readiness (database, migrations, job queue) and the graceful shutdown that stops the queue.
  health: ['common', 'jobs'],
  // 3. core features
  accounts: ['common', 'config', 'database'],
  tracking: ['accounts', 'common', 'database'],
  ingestion: ['accounts', 'common', 'config', 'database', 'event-model', 'fetcher', 'html-events', 'jobs', 'metrics', 'source-reader', 'text'],
  // 4. features built on them
  matching: ['accounts', 'common', 'database', 'event-model', 'ingestion', 'metrics', 'text', 'tracking'],
  planner: ['accounts', 'common', 'database', 'ingestion', 'matching', 'text', 'tracking', 'zones'],
  // The post-event checklist, built on the planner's rules, drafts and budget.
  'follow-ups': ['accounts', 'common', 'database', 'ingestion', 'metrics', 'planner', 'tracking', 'zones'],
  // Email digests: what is coming, who will be there and what to send, once per period.
  digests: ['accounts', 'common', 'config', 'database', 'follow-ups', 'ingestion', 'jobs', 'metrics', 'planner', 'text', 'zones'],
  demo: ['accounts', 'common', 'config', 'digests', 'event-model', 'follow-ups', 'ingestion', 'planner', 'tracking'],
  web: ['common', 'demo'],
  // 5. composition
  'account-data': ['accounts', 'common', 'digests', 'follow-ups', 'ingestion', 'planner', 'tracking'],
  'calendar-feed': ['accounts', 'common', 'config', 'event-model', 'planner', 'text', 'zones'],
  background: ['digests', 'follow-ups', 'ingestion', 'matching', 'planner'],
  persistence: ['accounts', 'config', 'database', 'digests', 'follow-ups', 'ingestion', 'matching', 'planner', 'tracking'],
};

/** lib -> top-level folders outside libs/ it may import relatively (their index). */
export const allowedLibFolders = {
  persistence: ['migrations'],
};
