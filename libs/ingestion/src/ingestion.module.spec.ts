import { SafeFetcher } from '@app/fetcher';
import type { JobsService } from '@app/jobs';
import { IngestionModule } from './ingestion.module';

describe('IngestionModule', () => {
  it("closes the fetcher's pooled connections when the app shuts down", async () => {
    const fetcher = new SafeFetcher({});
    const close = jest.spyOn(fetcher, 'close');
    const jobs = { defineQueue: jest.fn() } as unknown as JobsService;
    await new IngestionModule(jobs, fetcher).onApplicationShutdown();
    expect(close).toHaveBeenCalledTimes(1);
    expect(jobs.defineQueue).not.toHaveBeenCalled();
  });
});
