import { shutDownInOrder, ShutdownSteps } from './graceful-shutdown';

describe('shutDownInOrder', () => {
  const recorder = (drainMs: number) => {
    const calls: string[] = [];
    let clock = 1_000;
    const steps: ShutdownSteps = {
      announce: () => void calls.push('announce'),
      stopFetchingJobs: async () => void calls.push('stopFetchingJobs'),
      drainRequests: async (deadlineAt) => {
        calls.push(`drainRequests until ${deadlineAt}`);
        clock += drainMs;
      },
      stopJobs: async (timeoutMs) => void calls.push(`stopJobs within ${timeoutMs}`),
      closeApp: async () => void calls.push('closeApp'),
      closeDatabase: async () => void calls.push('closeDatabase'),
    };
    return { calls, steps, now: () => clock };
  };

  it('announces first, drains requests before the queue closes, and stops the database last', async () => {
    const { calls, steps, now } = recorder(5_000);
    await shutDownInOrder(steps, 20_000, now);
    expect(calls).toEqual([
      'announce',
      'stopFetchingJobs',
      'drainRequests until 21000',
      // Jobs get what the requests left of the one deadline.
      'stopJobs within 15000',
      'closeApp',
      'closeDatabase',
    ]);
  });

  it('leaves jobs no time when draining used the whole deadline, and still closes everything', async () => {
    const { calls, steps, now } = recorder(25_000);
    await shutDownInOrder(steps, 20_000, now);
    expect(calls.slice(3)).toEqual(['stopJobs within 0', 'closeApp', 'closeDatabase']);
  });

  it('does not stop the database while the app is still closing', async () => {
    const { calls, steps, now } = recorder(0);
    steps.closeApp = async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      calls.push('closeApp done');
    };
    await shutDownInOrder(steps, 1_000, now);
    expect(calls.slice(-2)).toEqual(['closeApp done', 'closeDatabase']);
  });
});
