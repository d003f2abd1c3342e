import { Module } from '@nestjs/common';
import { AccountsModule } from '@app/accounts';
import { DigestsModule } from '@app/digests';
import { FollowUpsModule } from '@app/follow-ups';
import { IngestionModule } from '@app/ingestion';
import { PlannerModule } from '@app/planner';
import { TrackingModule } from '@app/tracking';
import { DemoSeeder } from './demo.seeder';

@Module({
  imports: [AccountsModule, TrackingModule, IngestionModule, PlannerModule, FollowUpsModule, DigestsModule],
  providers: [DemoSeeder],
  exports: [DemoSeeder],
})
export class DemoModule {}
