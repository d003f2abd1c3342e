import { Logger, Module, OnApplicationBootstrap } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '@app/accounts';
import { FollowUpsModule } from '@app/follow-ups';
import { IngestionModule } from '@app/ingestion';
import { JobsModule } from '@app/jobs';
import { MetricsModule } from '@app/metrics';
import { PlannerModule } from '@app/planner';
import { DigestComposer } from './digest-composer';
import { DigestScheduler } from './digest-scheduler';
import { DigestSender } from './digest-sender';
import { DigestSettingsService } from './digest-settings.service';
import { DIGESTS_ENTITIES } from './digests.entities';
import { DigestsResolver } from './digests.resolver';
import { MailTransport } from './mail-transport';
import { UnsubscribeController } from './unsubscribe.controller';
import { UnsubscribeLinks } from './unsubscribe-links';

/** Email digests: settings, the composer and sender, one-click unsubscribe. The clock is the planner's. */
@Module({
  imports: [TypeOrmModule.forFeature(DIGESTS_ENTITIES), AccountsModule, PlannerModule, FollowUpsModule, IngestionModule, MetricsModule],
  controllers: [UnsubscribeController],
  providers: [DigestSettingsService, DigestComposer, MailTransport, UnsubscribeLinks, DigestSender, DigestsResolver],
  exports: [DigestSettingsService, DigestSender, DigestComposer, MailTransport],
})
export class DigestsModule implements OnApplicationBootstrap {
  constructor(private readonly transport: MailTransport) {}

  onApplicationBootstrap(): void {
    new Logger('Digests').log(`digests are ${this.transport.destination}`);
  }
}

/** The worker's part: the tick that finds due digests and the job that sends them. */
@Module({
  imports: [DigestsModule, JobsModule, PlannerModule, TypeOrmModule.forFeature(DIGESTS_ENTITIES), AccountsModule],
  providers: [DigestScheduler],
  exports: [DigestScheduler],
})
export class DigestsWorkerModule {}
