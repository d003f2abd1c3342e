import type { ClientBase, Connection } from 'pg';

/** The part of pg's connection a COPY FROM STDIN speaks (not in @types/pg). */
interface CopyConnection extends Connection {
  sendCopyFromChunk(chunk: Buffer): void;
  endCopyFrom(): void;
}

/** Payloads go out in pieces of this size, so a large COPY never needs a second full-size buffer. */
const PIECE_BYTES = 1 << 20;

/**
 * `COPY … FROM STDIN` with the whole payload in hand, as a pg "submittable"
 * (the protocol pg-copy-streams implements for streams): the client calls
 * these handlers as the server answers. PostgreSQL loads COPY rows in
 * batches, with no per-row parsing of JSON or arrays as INSERT … SELECT has.
 *
 * The data follows the statement at once, without waiting for the server's
 * CopyInResponse, so the server loads it while the caller prepares the
 * next payload. Should the statement fail before copying, the server drops
 * the data it then reads ("accept but ignore these messages", postgres.c).
 */
class CopyFromText {
  private rowCount = 0;
  private failed = false;

  constructor(
    readonly text: string,
    private readonly payload: string,
    private readonly settle: (error: Error | null, rowCount: number) => void,
  ) {}

  submit(connection: Connection): void {
    const copy = connection as CopyConnection;
    copy.query(this.text);
    const bytes = Buffer.from(this.payload, 'utf8');
    for (let at = 0; at < bytes.length; at += PIECE_BYTES) copy.sendCopyFromChunk(bytes.subarray(at, at + PIECE_BYTES));
    copy.endCopyFrom();
  }

  /** The data is on its way already (see above). */
  handleCopyInResponse(): void {}

  handleCommandComplete(message: { text: string }): void {
    this.rowCount = Number(/\d+$/.exec(message.text)?.[0] ?? 0);
  }

  /** The client forgets a failed query before the server is ready again: settle now. */
  handleError(error: Error): void {
    this.failed = true;
    this.settle(error, 0);
  }

  handleReadyForQuery(): void {
    if (!this.failed) this.settle(null, this.rowCount);
  }

  // Answers a COPY FROM never gets; the client may still call them.
  handleRowDescription(): void {}
  handleDataRow(): void {}
  handleEmptyQuery(): void {}
  handlePortalSuspended(): void {}
  handleCopyData(): void {}
}

/** Runs `statement` (a COPY … FROM STDIN) on the client with a text-format payload; the rows loaded. */
export function copyFrom(client: ClientBase, statement: string, payload: string): Promise<number> {
  return new Promise((resolve, reject) => {
    client.query(new CopyFromText(statement, payload, (error, rowCount) => (error ? reject(error) : resolve(rowCount))));
  });
}
