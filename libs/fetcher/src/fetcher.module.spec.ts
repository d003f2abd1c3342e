import { Module } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { FetcherModule } from './fetcher.module';
import { SafeFetcher } from './safe-fetcher';

const SETTINGS = Symbol('settings');

@Module({ providers: [{ provide: SETTINGS, useValue: { allowHosts: ['calendar.internal'] } }], exports: [SETTINGS] })
class SettingsModule {}

describe('FetcherModule', () => {
  it('provides one SafeFetcher and closes it on shutdown', async () => {
    const app = await Test.createTestingModule({ imports: [FetcherModule.forRoot({ maxBytes: 1024 })] }).compile();
    const fetcher = app.get(SafeFetcher);
    expect(fetcher).toBeInstanceOf(SafeFetcher);
    const close = jest.spyOn(fetcher, 'close');
    app.enableShutdownHooks();
    await app.close();
    expect(close).toHaveBeenCalledTimes(1);
  });

  it('builds the options from injected configuration', async () => {
    const useFactory = jest.fn((settings: { allowHosts: string[] }) => ({ allowHosts: settings.allowHosts }));
    const app = await Test.createTestingModule({
      imports: [FetcherModule.forRootAsync({ imports: [SettingsModule], inject: [SETTINGS], useFactory })],
    }).compile();
    expect(app.get(SafeFetcher)).toBeInstanceOf(SafeFetcher);
    expect(useFactory).toHaveBeenCalledWith({ allowHosts: ['calendar.internal'] });
    await app.close();
  });
});
