import { Logger } from '@nestjs/common';
import { createAppLogger } from './app-logger';
import { runWithRequestId } from './log-context';
import { NestPinoLogger } from './nest-logger';

describe('NestPinoLogger', () => {
  const lines: string[] = [];
  const entries = () => lines.map((line) => JSON.parse(line) as Record<string, unknown>);
  const nest = new NestPinoLogger(createAppLogger({ level: 'debug', format: 'json', destination: { write: (line) => lines.push(line) } }));
  beforeAll(() => Logger.overrideLogger(nest));
  afterAll(() => Logger.overrideLogger(true));
  beforeEach(() => lines.splice(0));

  it("writes Nest's Logger calls as JSON lines with their context and pino's level", () => {
    const logger = new Logger('Jobs');
    logger.log('started');
    logger.warn('slow');
    logger.debug('detail');
    logger.verbose('noise'); // below LOG_LEVEL=debug
    expect(entries()).toEqual([
      expect.objectContaining({ level: 30, context: 'Jobs', msg: 'started' }),
      expect.objectContaining({ level: 40, context: 'Jobs', msg: 'slow' }),
      expect.objectContaining({ level: 20, context: 'Jobs', msg: 'detail' }),
    ]);
  });

  it('keeps an error’s stack apart from its message, with or without a context', () => {
    const error = new Error('boom');
    new Logger('Errors').error('it failed', error.stack);
    new Logger('Errors').error('no stack');
    Logger.error('static', error.stack);
    new Logger('Errors').error(error);
    const [withStack, without, statics, asError] = entries();
    expect(withStack).toMatchObject({ level: 50, context: 'Errors', msg: 'it failed', stack: expect.stringContaining('at ') });
    expect(without).toEqual(expect.objectContaining({ context: 'Errors', msg: 'no stack' }));
    expect(without).not.toHaveProperty('stack');
    expect(statics).toMatchObject({ msg: 'static', stack: expect.stringContaining('boom') });
    expect(statics).not.toHaveProperty('context');
    expect(asError).toMatchObject({ context: 'Errors', msg: 'boom', err: { type: 'Error', message: 'boom' } });
  });

  it('merges an object message into the line', () => {
    new Logger('Digests').log({ msg: 'sent', count: 3 });
    expect(entries()[0]).toMatchObject({ context: 'Digests', msg: 'sent', count: 3 });
  });

  it('puts the current request id on every line logged while handling it, and none outside', async () => {
    await runWithRequestId('req-1', async () => {
      new Logger('A').log('inside');
      await new Promise((resolve) => setImmediate(resolve));
      new Logger('A').log('after an await');
    });
    new Logger('A').log('outside');
    expect(entries().map((e) => [e.msg, e.requestId])).toEqual([
      ['inside', 'req-1'],
      ['after an await', 'req-1'],
      ['outside', undefined],
    ]);
  });
});
