import { Module, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IngestionModule } from '@app/ingestion';
import { MetricsModule } from '@app/metrics';
import { AttendanceChanges, PlannerModule, TouchClaims } from '@app/planner';
import { TrackingModule } from '@app/tracking';
import { ChecklistStore } from './checklist-store';
import { FOLLOW_UPS_ENTITIES } from './follow-ups.entities';
import { FollowUpsReader } from './follow-ups.reader';
import { FollowUpChecklistResolver, FollowUpItemResolver, FollowUpsResolver } from './follow-ups.resolver';
import { FollowUpActions } from './follow-up-actions';
import { FollowUpsService } from './follow-ups.service';
import { MetRecorder } from './met-recorder';
import { FollowUpSweep } from './follow-ups.sweep';

/** The post-event checklist: its API, and its place in the planner's one list of what to do. The clock is the planner's. */
@Module({
  imports: [TypeOrmModule.forFeature(FOLLOW_UPS_ENTITIES), PlannerModule, TrackingModule, IngestionModule, MetricsModule],
  providers: [
    ChecklistStore,
    FollowUpsReader,
    FollowUpsService,
    FollowUpActions,
    MetRecorder,
    FollowUpsResolver,
    FollowUpChecklistResolver,
    FollowUpItemResolver,
  ],
  exports: [FollowUpsReader, FollowUpsService, FollowUpActions, MetRecorder, ChecklistStore],
})
export class FollowUpsModule implements OnModuleInit {
  constructor(
    private readonly attendance: AttendanceChanges,
    private readonly claims: TouchClaims,
    private readonly followUps: FollowUpsService,
    private readonly reader: FollowUpsReader,
  ) {}

  onModuleInit(): void {
    this.attendance.subscribe((change) => this.followUps.onAttendance(change));
    this.claims.register(async (owner, now) => {
      const loaded = await this.reader.load(owner, now);
      return (relationships) => this.reader.claimsFrom(this.reader.compute(loaded, relationships));
    });
  }
}

/** The worker's part: the sweep that creates checklists when attended events end. */
@Module({
  imports: [FollowUpsModule, PlannerModule],
  providers: [FollowUpSweep],
  exports: [FollowUpSweep],
})
export class FollowUpsWorkerModule {}
