import { Module } from '@nestjs/common';
import { AccountsModule } from '@app/accounts';
import { IngestionModule } from '@app/ingestion';
import { TrackingModule } from '@app/tracking';
import { DemoSeeder } from './demo.seeder';

@Module({
  imports: [AccountsModule, TrackingModule, IngestionModule],
  providers: [DemoSeeder],
  exports: [DemoSeeder],
})
export class DemoModule {}
