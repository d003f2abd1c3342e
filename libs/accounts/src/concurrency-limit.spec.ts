import { ConcurrencyLimit } from './concurrency-limit';

class Full extends Error {}

/** A task that finishes when the test says so. */
function gate(): { task: () => Promise<string>; open: (value: string) => void; started: () => boolean } {
  let release: (value: string) => void = () => undefined;
  let started = false;
  return {
    task: () => {
      started = true;
      return new Promise<string>((resolve) => (release = resolve));
    },
    open: (value) => release(value),
    started: () => started,
  };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('ConcurrencyLimit', () => {
  it('runs up to the limit at once and queues the rest in order', async () => {
    const limit = new ConcurrencyLimit(2, 5, () => new Full());
    const gates = [gate(), gate(), gate(), gate()];
    const results = gates.map((g) => limit.run(g.task));
    await tick();
    expect(gates.map((g) => g.started())).toEqual([true, true, false, false]);

    gates[1].open('b');
    await expect(results[1]).resolves.toBe('b');
    await tick();
    expect(gates.map((g) => g.started())).toEqual([true, true, true, false]);

    gates[0].open('a');
    gates[2].open('c');
    await tick();
    gates[3].open('d');
    await expect(Promise.all(results)).resolves.toEqual(['a', 'b', 'c', 'd']);
    expect(limit.peak).toEqual({ running: 2, waiting: 2 });
  });

  it('refuses at once, without running the task, when the queue is full', async () => {
    const limit = new ConcurrencyLimit(1, 1, () => new Full());
    const first = gate();
    const second = gate();
    const running = limit.run(first.task);
    const queued = limit.run(second.task);
    const refused = jest.fn(() => Promise.resolve('never'));
    await expect(limit.run(refused)).rejects.toBeInstanceOf(Full);
    expect(refused).not.toHaveBeenCalled();

    first.open('1');
    await tick();
    second.open('2');
    await expect(Promise.all([running, queued])).resolves.toEqual(['1', '2']);
    // Capacity comes back once the queue drains.
    await expect(limit.run(() => Promise.resolve('3'))).resolves.toBe('3');
  });

  it('frees the slot when a task fails', async () => {
    const limit = new ConcurrencyLimit(1, 0, () => new Full());
    await expect(limit.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(limit.run(() => Promise.resolve('ok'))).resolves.toBe('ok');
  });
});
