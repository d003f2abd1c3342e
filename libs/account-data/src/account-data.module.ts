import { Module } from '@nestjs/common';
import { AccountsModule } from '@app/accounts';
import { DigestsModule } from '@app/digests';
import { FollowUpsModule } from '@app/follow-ups';
import { IngestionModule } from '@app/ingestion';
import { PlannerModule } from '@app/planner';
import { TrackingModule } from '@app/tracking';
import { AccountDataResolver } from './account-data.resolver';
import { AccountDeletionService } from './account-deletion.service';
import { AccountExportService } from './account-export.service';

/** A user's own data as a whole: export it, or delete the account with all of it. Reads other features through their services only. */
@Module({
  imports: [AccountsModule, TrackingModule, IngestionModule, PlannerModule, FollowUpsModule, DigestsModule],
  providers: [AccountExportService, AccountDeletionService, AccountDataResolver],
  exports: [AccountExportService, AccountDeletionService],
})
export class AccountDataModule {}
