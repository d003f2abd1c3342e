import { IncomingMessage, Server, ServerResponse } from 'node:http';
import { Server as NetServer } from 'node:net';

/**
 * Lets an HTTP server finish the requests it accepted while taking no more.
 * Once draining, every response says `Connection: close`, so a keep-alive
 * client learns to open a new connection (refused, or sent to another
 * instance by its load balancer) instead of reusing this one.
 */
export class HttpDrain {
  private readonly inFlight = new Set<ServerResponse>();
  private draining = false;

  constructor(private readonly server: Server) {
    // Ahead of Express's listener, so the header is set before any handler answers.
    server.prependListener('request', (_request: IncomingMessage, response: ServerResponse) => {
      if (this.draining) response.setHeader('Connection', 'close');
      this.inFlight.add(response);
      response.once('close', () => this.inFlight.delete(response));
    });
  }

  get requestsInFlight(): number {
    return this.inFlight.size;
  }

  /**
   * Stops listening and waits until every connection has closed or
   * `deadlineAt` (epoch ms) has passed, when the rest are cut. Resolves to
   * the number of requests cut off.
   */
  async drain(deadlineAt: number): Promise<number> {
    this.draining = true;
    for (const response of this.inFlight) if (!response.headersSent) response.setHeader('Connection', 'close');
    // net.Server's close, not http.Server's: the latter also drops idle keep-alive connections at once, and a client
    // that sends its next request on one at that moment sees it reset. Left open, such a connection either carries one
    // more request (answered, with Connection: close) or ends at the server's keepAliveTimeout, as it always would.
    const closed = new Promise<void>((resolve) => NetServer.prototype.close.call(this.server, () => resolve()));
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<'deadline'>((resolve) => {
      timer = setTimeout(() => resolve('deadline'), Math.max(0, deadlineAt - Date.now()));
    });
    const outcome = await Promise.race([closed, deadline]);
    clearTimeout(timer);
    if (outcome !== 'deadline') return 0;
    const cut = this.inFlight.size;
    this.server.closeAllConnections();
    await closed;
    return cut;
  }
}
