import { KeyedMutex } from './keyed-mutex';

const tick = () => new Promise((resolve) => setImmediate(resolve));

function gate(): { promise: Promise<void>; open: () => void } {
  let open!: () => void;
  const promise = new Promise<void>((resolve) => (open = resolve));
  return { promise, open };
}

describe('KeyedMutex', () => {
  it('runs tasks for one key one at a time, in arrival order', async () => {
    const mutex = new KeyedMutex();
    const log: string[] = [];
    const first = gate();
    const a = mutex.run('host', async () => {
      log.push('a:start');
      await first.promise;
      log.push('a:end');
    });
    const b = mutex.run('host', async () => void log.push('b'));
    const c = mutex.run('host', async () => void log.push('c'));
    await tick();
    expect(log).toEqual(['a:start']);
    first.open();
    await Promise.all([a, b, c]);
    expect(log).toEqual(['a:start', 'a:end', 'b', 'c']);
    expect(mutex.activeKeys).toBe(0);
  });

  it('runs tasks for different keys concurrently', async () => {
    const mutex = new KeyedMutex();
    const blocker = gate();
    const started: string[] = [];
    const a = mutex.run('one', async () => {
      started.push('one');
      await blocker.promise;
    });
    const b = mutex.run('two', async () => void started.push('two'));
    await b;
    expect(started).toEqual(['one', 'two']);
    blocker.open();
    await a;
  });

  it('releases the key when a task fails', async () => {
    const mutex = new KeyedMutex();
    await expect(mutex.run('host', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(mutex.run('host', async () => 'next')).resolves.toBe('next');
  });

  it('lets an aborted waiter leave without letting the next one overtake the running task', async () => {
    const mutex = new KeyedMutex();
    const running = gate();
    const log: string[] = [];
    const a = mutex.run('host', async () => {
      await running.promise;
      log.push('a');
    });
    const controller = new AbortController();
    const b = mutex.run('host', async () => void log.push('b'), controller.signal);
    const c = mutex.run('host', async () => void log.push('c'));
    controller.abort(new Error('gave up'));
    await expect(b).rejects.toThrow('gave up');
    await tick();
    expect(log).toEqual([]);
    running.open();
    await Promise.all([a, c]);
    expect(log).toEqual(['a', 'c']);
  });

  it('refuses at once when the signal is already aborted', async () => {
    const mutex = new KeyedMutex();
    const task = jest.fn(async () => 'ran');
    await expect(mutex.run('host', task, AbortSignal.abort(new Error('late')))).rejects.toThrow('late');
    expect(task).not.toHaveBeenCalled();
    expect(mutex.activeKeys).toBe(0);
  });
});
