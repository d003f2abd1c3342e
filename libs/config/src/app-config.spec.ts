import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('applies defaults when nothing is set', () => {
    const config = loadConfig({}, '/srv/app');
    expect(config).toMatchObject({
      env: 'development',
      http: { port: 3000, publicBaseUrl: 'http://localhost:3000' },
      database: { url: null, poolSize: 10 },
      embedded: { dataDir: '/srv/app/.data', port: 54329 },
      logLevel: 'log',
      runWorker: true,
      workerPort: null,
      seedDemo: null,
      shutdown: { deadlineMs: 20_000 },
    });
    expect(loadConfig({ SHUTDOWN_DEADLINE_SECONDS: '5' }).shutdown.deadlineMs).toBe(5_000);
  });

  it('reads typed values', () => {
    const config = loadConfig({
      PORT: '8080',
      DATABASE_URL: 'postgres://u:p@db:5432/app',
      RUN_WORKER: 'false',
      SEED_DEMO: 'yes',
      PUBLIC_BASE_URL: 'https://tom.example.com/',
      LOG_LEVEL: 'debug',
    });
    expect(config.http.port).toBe(8080);
    expect(config.database.url).toBe('postgres://u:p@db:5432/app');
    expect(config.runWorker).toBe(false);
    expect(config.seedDemo).toBe(true);
    expect(config.http.publicBaseUrl).toBe('https://tom.example.com');
    expect(config.logLevel).toBe('debug');
    expect(config.graphql.introspection).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production' }).graphql.introspection).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', GRAPHQL_INTROSPECTION: 'true' }).graphql.introspection).toBe(true);
  });

  it.each([
    ['PORT', 'eighty'],
    ['PORT', '70000'],
    ['DATABASE_URL', 'mysql://localhost/db'],
    ['LOG_LEVEL', 'chatty'],
    ['LOG_FORMAT', 'xml'],
    ['RUN_WORKER', 'maybe'],
    ['PUBLIC_BASE_URL', 'ftp://example.com'],
    ['NODE_ENV', 'staging'],
    ['FETCH_ALLOW_HOSTS', 'calendar.internal,http://x/'],
    ['FETCH_ALLOW_HOSTS', '127.0.0.1:99999'],
    ['METRICS_TOKEN', 'short'],
    ['METRICS_TOKEN', 'has a space in the token'],
    ['SHUTDOWN_DEADLINE_SECONDS', '0'],
    ['SHUTDOWN_DEADLINE_SECONDS', 'soon'],
    ['WORKER_PORT', '0'],
    ['WORKER_PORT', '70000'],
    ['WORKER_PORT', 'metrics'],
  ])('stops with a message naming %s when it is %p', (name, value) => {
    let error: unknown;
    try {
      loadConfig({ [name]: value });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).message).toContain(`${name}=`);
    expect((error as ConfigError).message).toContain('.env.example');
  });

  it.each([
    ['METRICS_TOKEN', 'short-secret'],
    ['DATABASE_URL', 'mysql://user:pa55word@localhost/db'],
  ])('names %s but never prints its secret value', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(`${name}=(hidden)`);
    try {
      loadConfig({ [name]: value });
    } catch (error) {
      expect((error as ConfigError).message).not.toContain(value);
    }
  });

  it("reads FETCH_ALLOW_HOSTS with the fetcher's parser: canonical hosts, ports kept", () => {
    expect(loadConfig({ FETCH_ALLOW_HOSTS: ' Calendar.Internal , 127.0.0.1:8080,[::1] ' }).ingestion.fetchAllowHosts).toEqual([
      'calendar.internal',
      '127.0.0.1:8080',
      '[::1]',
    ]);
    expect(loadConfig({}).ingestion.fetchAllowHosts).toEqual([]);
  });

  it('reads WORKER_PORT, null when unset or empty (a worker then has no HTTP)', () => {
    expect(loadConfig({ WORKER_PORT: '3001' }).workerPort).toBe(3001);
    expect(loadConfig({ WORKER_PORT: '' }).workerPort).toBeNull();
  });

  it('reads METRICS_TOKEN, null when unset or empty (the endpoint is then off)', () => {
    expect(loadConfig({ METRICS_TOKEN: 'a-long-enough-token-1234' }).metrics.token).toBe('a-long-enough-token-1234');
    expect(loadConfig({}).metrics.token).toBeNull();
    expect(loadConfig({ METRICS_TOKEN: '  ' }).metrics.token).toBeNull();
  });

  it('writes readable logs in development and JSON lines elsewhere, unless LOG_FORMAT says otherwise', () => {
    expect(loadConfig({}).logFormat).toBe('pretty');
    expect(loadConfig({ NODE_ENV: 'production' }).logFormat).toBe('json');
    expect(loadConfig({ NODE_ENV: 'test' }).logFormat).toBe('json');
    expect(loadConfig({ LOG_FORMAT: 'json' }).logFormat).toBe('json');
    expect(loadConfig({ NODE_ENV: 'production', LOG_FORMAT: 'pretty' }).logFormat).toBe('pretty');
  });

  it('reports every bad variable at once', () => {
    expect(() => loadConfig({ PORT: 'x', LOG_LEVEL: 'y' })).toThrow(/PORT=.*\n.*LOG_LEVEL=|LOG_LEVEL=.*\n.*PORT=/s);
  });
});
