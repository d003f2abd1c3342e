import type { DestinationStream } from 'pino';

/** A pino destination that keeps the lines, for tests that read what was logged. */
export class LogCapture implements DestinationStream {
  readonly lines: string[] = [];

  write(line: string): void {
    this.lines.push(line);
  }

  /** Every line parsed (JSON format). */
  entries(): Record<string, unknown>[] {
    return this.lines.map((line) => JSON.parse(line) as Record<string, unknown>);
  }

  text(): string {
    return this.lines.join('');
  }

  /** The first line matching, waiting for it a little: the access line is written once the response is out. */
  async waitFor(match: (entry: Record<string, unknown>) => boolean, timeoutMs = 5_000): Promise<Record<string, unknown>> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.entries().find(match);
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`no log line matched in ${timeoutMs} ms; lines:\n${this.text()}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}
