import { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { readCappedBody } from './capped-body';
import { FetchError, FetchErrorCode } from './fetch-error';

const text = Buffer.from('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n'.repeat(50));

/** Emits `data` in small chunks, like a socket would. */
function stream(data: Buffer, chunkSize = 1024): Readable {
  const chunks: Buffer[] = [];
  for (let i = 0; i < data.length; i += chunkSize) chunks.push(data.subarray(i, i + chunkSize));
  return Readable.from(chunks);
}

const read = (data: Buffer, contentEncoding: string | undefined, maxBytes = 1024 * 1024) =>
  readCappedBody(stream(data), { contentEncoding, maxBytes, host: 'cal.example.org' });

async function failure(promise: Promise<unknown>): Promise<FetchError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FetchError);
  return error as FetchError;
}

describe('readCappedBody', () => {
  it.each([
    ['identity', undefined, text],
    ['gzip', 'gzip', zlib.gzipSync(text)],
    ['x-gzip', 'x-gzip', zlib.gzipSync(text)],
    ['deflate (zlib-wrapped)', 'deflate', zlib.deflateSync(text)],
    ['deflate (raw, as some servers send it)', 'deflate', zlib.deflateRawSync(text)],
    ['br', 'br', zlib.brotliCompressSync(text)],
    ['gzip then br', 'gzip, br', zlib.brotliCompressSync(zlib.gzipSync(text))],
    ['upper case coding', 'GZIP', zlib.gzipSync(text)],
  ])('decodes %s', async (_name, encoding, wire) => {
    await expect(read(wire, encoding)).resolves.toEqual(text);
  });

  it('tolerates a gzip stream cut short, like browsers do', async () => {
    const whole = zlib.gzipSync(text);
    const body = await read(whole.subarray(0, whole.length - 8), 'gzip');
    expect(body.length).toBeGreaterThan(0);
    expect(text.subarray(0, body.length)).toEqual(body);
  });

  it('stops a plain body past the cap', async () => {
    const error = await failure(read(Buffer.alloc(4096, 'a'), undefined, 4000));
    expect(error.code).toBe(FetchErrorCode.TooLarge);
    expect(error.message).toContain('cal.example.org');
    expect(error.message).toContain('3.9 KB');
  });

  it.each([
    ['gzip', zlib.gzipSync],
    ['deflate', zlib.deflateSync],
    ['br', zlib.brotliCompressSync],
  ] as const)('stops a %s bomb once the decoded size passes the cap', async (encoding, compress) => {
    const bomb = compress(Buffer.alloc(16 * 1024 * 1024));
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const error = await failure(read(bomb, encoding, 1024 * 1024));
    expect(error.code).toBe(FetchErrorCode.TooLarge);
  });

  it('refuses corrupt compressed data as unreadable', async () => {
    const error = await failure(read(Buffer.from('definitely not gzip'), 'gzip'));
    expect(error.code).toBe(FetchErrorCode.Network);
    expect(error.message).toContain('corrupt');
  });

  it('refuses a coding it cannot undo and closes the body', async () => {
    const body = stream(text);
    const error = await failure(readCappedBody(body, { contentEncoding: 'zstd', maxBytes: 1024, host: 'cal.example.org' }));
    expect(error.code).toBe(FetchErrorCode.Network);
    expect(error.message).toContain('"zstd"');
    expect(body.destroyed).toBe(true);
  });
});
