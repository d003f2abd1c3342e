import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '@app/accounts';
import { Clock } from '@app/common';
import { IngestionModule } from '@app/ingestion';
import { MatchingModule } from '@app/matching';
import { TrackingModule } from '@app/tracking';
import { EventAttendanceEntity } from './attendance.entity';
import { PlannerData } from './planner-data';
import {
  BlockedTouchContactResolver,
  EventAttendanceResolver,
  MeetPersonContactResolver,
  PlanActionContactResolver,
  PlanConflictResolver,
  PlanItemResolver,
  PlannerResolver,
  TouchContactResolver,
} from './planner.resolver';
import { PlannerService } from './planner.service';

@Module({
  imports: [TypeOrmModule.forFeature([EventAttendanceEntity]), AccountsModule, TrackingModule, IngestionModule, MatchingModule],
  providers: [
    Clock,
    PlannerData,
    PlannerService,
    PlannerResolver,
    PlanItemResolver,
    PlanConflictResolver,
    MeetPersonContactResolver,
    PlanActionContactResolver,
    TouchContactResolver,
    BlockedTouchContactResolver,
    EventAttendanceResolver,
  ],
  exports: [PlannerService, PlannerData, Clock],
})
export class PlannerModule {}
