import { createServer, IncomingMessage, Server } from 'node:http';
import { AddressInfo } from 'node:net';

export interface FeedResponse {
  status?: number;
  /** A Buffer is sent as is: feeds in another charset, or with folds that split a character. */
  body: string | Buffer;
  headers?: Record<string, string>;
  /** Answers this long after the request arrives: a slow feed, so a refresh job stays running. */
  delayMs?: number;
}

/** A local HTTP server whose answers the test sets per path, counting the requests it gets. */
export interface FeedServer {
  url(path: string): string;
  set(path: string, response: FeedResponse): void;
  hits(path: string): number;
  requests: { path: string; headers: IncomingMessage['headers'] }[];
  close(): Promise<void>;
}

export async function startFeedServer(): Promise<FeedServer> {
  const routes = new Map<string, FeedResponse>();
  const requests: FeedServer['requests'] = [];
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    requests.push({ path, headers: req.headers });
    const route = routes.get(path);
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const etag = route.headers?.etag;
    if (etag && req.headers['if-none-match'] === etag) {
      res.writeHead(304, { etag }).end();
      return;
    }
    const answer = () => res.writeHead(route.status ?? 200, { 'content-type': 'text/calendar; charset=utf-8', ...route.headers }).end(route.body);
    if (route.delayMs) setTimeout(answer, route.delayMs);
    else answer();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    set: (path, response) => void routes.set(path, response),
    hits: (path) => requests.filter((r) => r.path === path).length,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A small iCalendar feed; each event is [uid, summary, start (UTC, basic form), location]. */
export function icsFeed(events: [string, string, string, string][], extra = ''): string {
  const body = events
    .map(
      ([uid, summary, start, location]) =>
        `BEGIN:VEVENT\r\nUID:${uid}\r\nDTSTAMP:${new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '')}\r\n` +
        `DTSTART:${start}\r\nDURATION:PT2H\r\nSUMMARY:${summary}\r\nLOCATION:${location}\r\nEND:VEVENT\r\n`,
    )
    .join('');
  return `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//topofmind tests//EN\r\n${extra}${body}END:VCALENDAR\r\n`;
}
