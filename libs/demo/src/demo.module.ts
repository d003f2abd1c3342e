import { Module } from '@nestjs/common';
import { AccountsModule } from '@app/accounts';
import { TrackingModule } from '@app/tracking';
import { DemoSeeder } from './demo.seeder';

@Module({
  imports: [AccountsModule, TrackingModule],
  providers: [DemoSeeder],
  exports: [DemoSeeder],
})
export class DemoModule {}
