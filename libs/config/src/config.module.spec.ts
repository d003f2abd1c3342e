import { Inject, Injectable, Module } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { loadConfig, type AppConfig } from './app-config';
import { APP_CONFIG, ConfigModule } from './config.module';

@Injectable()
class NeedsConfig {
  constructor(@Inject(APP_CONFIG) readonly config: AppConfig) {}
}

/** Does not import ConfigModule: the configuration reaches it because the module is global. */
@Module({ providers: [NeedsConfig] })
class FeatureModule {}

describe('ConfigModule', () => {
  it('provides the configuration to every module', async () => {
    const config = loadConfig({}, '/srv/app');
    const app = await Test.createTestingModule({ imports: [ConfigModule.forRoot(config), FeatureModule] }).compile();
    expect(app.get(NeedsConfig).config).toBe(config);
    await app.close();
  });
});
