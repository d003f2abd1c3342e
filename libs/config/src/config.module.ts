import type { DynamicModule } from '@nestjs/common';
import type { AppConfig } from './app-config';

/** Injection token for the validated configuration. */
export const APP_CONFIG = Symbol('AppConfig');

/**
 * Provides the validated configuration to every module. A dynamic module
 * that declares itself global rather than a decorated class, so importing
 * @app/config (the command line does, for loadConfig) loads no framework.
 */
export class ConfigModule {
  static forRoot(config: AppConfig): DynamicModule {
    return { module: ConfigModule, global: true, providers: [{ provide: APP_CONFIG, useValue: config }], exports: [APP_CONFIG] };
  }
}
