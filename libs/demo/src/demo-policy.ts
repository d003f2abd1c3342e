import { AppConfig } from '@app/config';

/**
 * Whether to seed the demo workspace (whose password is public): when
 * SEED_DEMO says so, else only on the embedded database outside production.
 */
export function shouldSeedDemo(config: Pick<AppConfig, 'env' | 'seedDemo'>, embeddedDatabase: boolean): boolean {
  return config.seedDemo ?? (embeddedDatabase && config.env !== 'production');
}
