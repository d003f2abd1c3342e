import { Readable, Transform, TransformCallback, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import { errorCode, FetchError, fetchErrors } from './fetch-error';

/** Counts bytes flowing through and fails the pipeline once past the cap. */
class ByteCap extends Transform {
  private seen = 0;

  constructor(
    private readonly maxBytes: number,
    private readonly onExceeded: () => FetchError,
  ) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.seen += chunk.length;
    if (this.seen > this.maxBytes) return callback(this.onExceeded());
    callback(null, chunk);
  }
}

/**
 * "deflate" should be zlib-wrapped (RFC 9110 §8.4.1.2), but some servers send
 * raw DEFLATE; pick the decoder from the first byte, as browsers do.
 */
class Inflate extends Transform {
  private inner: zlib.Inflate | zlib.InflateRaw | null = null;

  override _transform(chunk: Buffer, encoding: BufferEncoding, callback: TransformCallback): void {
    if (!this.inner) {
      if (chunk.length === 0) return callback();
      const lenient = { finishFlush: zlib.constants.Z_SYNC_FLUSH };
      // A zlib header's low nibble is 8 (CM = deflate).
      this.inner = (chunk[0] & 0x0f) === 0x08 ? zlib.createInflate(lenient) : zlib.createInflateRaw(lenient);
      this.inner.on('data', (data: Buffer) => this.push(data));
      this.inner.on('error', (error) => this.destroy(error));
    }
    this.inner.write(chunk, encoding, () => callback());
  }

  override _flush(callback: TransformCallback): void {
    if (!this.inner) return callback();
    this.inner.once('end', () => callback());
    this.inner.end();
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    this.inner?.destroy();
    callback(error);
  }
}

function decoderFor(coding: string, host: string): Transform {
  // Z_SYNC_FLUSH on finish tolerates a truncated final block, as curl and
  // browsers do: servers that close early still produce the text they sent.
  switch (coding) {
    case 'gzip':
    case 'x-gzip':
      return zlib.createGunzip({ finishFlush: zlib.constants.Z_SYNC_FLUSH });
    case 'deflate':
      return new Inflate();
    case 'br':
      return zlib.createBrotliDecompress({ finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH });
    default:
      throw fetchErrors.unreadable(host, `unsupported content encoding "${coding}"`);
  }
}

/** Content codings in the order they must be undone (last applied first). */
export function decoders(contentEncoding: string | undefined, host: string): Transform[] {
  const codings = (contentEncoding ?? '')
    .split(',')
    .map((c) => c.trim().toLowerCase())
    .filter((c) => c !== '' && c !== 'identity');
  return codings.reverse().map((coding) => decoderFor(coding, host));
}

export interface ReadBodyOptions {
  contentEncoding: string | undefined;
  maxBytes: number;
  host: string;
  signal?: AbortSignal;
}

/**
 * Reads a response body into memory, undoing its content encoding. The cap
 * holds both on the wire and after decoding, so neither a huge body nor a
 * small compression bomb can exhaust memory: decoding stops as soon as the
 * decoded size passes the cap.
 */
export async function readCappedBody(body: Readable, options: ReadBodyOptions): Promise<Buffer> {
  const { maxBytes, host } = options;
  const tooLarge = () => fetchErrors.tooLarge(host, maxBytes);
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(chunk);
      callback();
    },
  });
  try {
    const stages = [new ByteCap(maxBytes, tooLarge), ...decoders(options.contentEncoding, host), new ByteCap(maxBytes, tooLarge)];
    await pipeline([body, ...stages, sink], options.signal ? { signal: options.signal } : {});
  } catch (error) {
    body.destroy();
    if (error instanceof FetchError) throw error;
    // Deadline and caller aborts are told apart by the fetcher, which owns the signals.
    if (options.signal?.aborted) throw error;
    if (isZlibError(error)) throw fetchErrors.unreadable(host, 'the compressed data is corrupt', error);
    throw error;
  }
  return Buffer.concat(chunks);
}

/** zlib reports Z_* codes; its brotli decoder reports ERR__* (e.g. ERR__ERROR_FORMAT_PADDING_2). */
function isZlibError(error: unknown): boolean {
  const code = errorCode(error);
  return code !== undefined && (code.startsWith('Z_') || code.startsWith('ERR_BROTLI') || code.startsWith('ERR__'));
}
