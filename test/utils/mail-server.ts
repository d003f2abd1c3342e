import { AddressInfo } from 'node:net';
import { ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A real SMTP peer on loopback for tests: it keeps what it receives, parsed, and can refuse or slow down. */
export interface MailServer {
  url: string;
  port: number;
  messages: ParsedMail[];
  /** Raw messages as received, in order. */
  raw: string[];
  /** The next messages are refused with this SMTP reply (e.g. "550 No such user"), or accepted again with null. */
  refuseWith(reply: string | null): void;
  /** Waits this long before accepting each message. */
  delayEach(ms: number): void;
  waitFor(count: number, ms?: number): Promise<ParsedMail[]>;
  close(): Promise<void>;
}

/** `port`: listen there (a test restarting "the" mail server); by default a free one. */
export async function startMailServer(port = 0): Promise<MailServer> {
  const messages: ParsedMail[] = [];
  const raw: string[] = [];
  let refusal: string | null = null;
  let delay = 0;
  let closed: Promise<void> | undefined;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        void (async () => {
          if (delay) await new Promise((r) => setTimeout(r, delay));
          if (refusal) {
            const [code, ...text] = refusal.split(' ');
            const error = new Error(text.join(' ')) as Error & { responseCode: number };
            error.responseCode = Number(code);
            callback(error);
            return;
          }
          const source = Buffer.concat(chunks).toString('utf8');
          raw.push(source);
          messages.push(await simpleParser(source));
          callback();
        })();
      });
    },
  });
  // A client killed mid-session resets its connection: an error event, not a reason to fail the test run.
  server.on('error', () => undefined);
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const bound = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${bound}`,
    port: bound,
    messages,
    raw,
    refuseWith: (reply) => void (refusal = reply),
    delayEach: (ms) => void (delay = ms),
    async waitFor(count, ms = 20_000) {
      const deadline = Date.now() + ms;
      while (messages.length < count) {
        if (Date.now() > deadline) throw new Error(`expected ${count} message(s), got ${messages.length}`);
        await new Promise((r) => setTimeout(r, 50));
      }
      return messages;
    },
    close: () => (closed ??= new Promise<void>((resolve) => server.close(() => resolve()))),
  };
}
