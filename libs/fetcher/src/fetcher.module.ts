import { DynamicModule, FactoryProvider, Module, ModuleMetadata, OnApplicationShutdown } from '@nestjs/common';
import { FetchOptions } from './fetch-options';
import { SafeFetcher } from './safe-fetcher';

export interface FetcherModuleAsyncOptions extends Pick<ModuleMetadata, 'imports'> {
  inject?: FactoryProvider['inject'];
  /** Builds the options from injected dependencies (typically the validated AppConfig). */
  useFactory: (...deps: never[]) => Partial<FetchOptions> | Promise<Partial<FetchOptions>>;
}

/** Closes the fetcher's pooled connections when the app stops. */
class FetcherLifecycle implements OnApplicationShutdown {
  constructor(private readonly fetcher: SafeFetcher) {}

  async onApplicationShutdown(): Promise<void> {
    await this.fetcher.close();
  }
}

const lifecycle: FactoryProvider<FetcherLifecycle> = {
  provide: FetcherLifecycle,
  inject: [SafeFetcher],
  useFactory: (fetcher: SafeFetcher) => new FetcherLifecycle(fetcher),
};

/**
 * Provides one SafeFetcher per app, so the per-host queue is shared by every
 * caller. Options are passed in, never read from the environment here.
 */
@Module({})
export class FetcherModule {
  static forRoot(options: Partial<FetchOptions>): DynamicModule {
    return {
      module: FetcherModule,
      providers: [{ provide: SafeFetcher, useFactory: () => new SafeFetcher(options) }, lifecycle],
      exports: [SafeFetcher],
    };
  }

  static forRootAsync(options: FetcherModuleAsyncOptions): DynamicModule {
    return {
      module: FetcherModule,
      imports: options.imports ?? [],
      providers: [
        {
          provide: SafeFetcher,
          inject: options.inject ?? [],
          // Nest passes the resolved `inject` tokens in order; their types are the caller's to match.
          useFactory: async (...deps: unknown[]) => new SafeFetcher(await options.useFactory(...(deps as never[]))),
        },
        lifecycle,
      ],
      exports: [SafeFetcher],
    };
  }
}
