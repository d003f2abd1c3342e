import { MiddlewareConsumer, Module, NestModule, OnModuleInit, RequestMethod } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '@app/accounts';
import { Clock } from '@app/common';
import { IngestionModule } from '@app/ingestion';
import { MatchingChanges, MatchingModule } from '@app/matching';
import { TrackingModule } from '@app/tracking';
import { AttendanceChanges } from './attendance-changes';
import { PlannerData } from './planner-data';
import { PLANNER_ENTITIES } from './planner.entities';
import {
  BlockedTouchContactResolver,
  EventAttendanceResolver,
  MeetPersonContactResolver,
  PlanActionContactResolver,
  PlanConflictResolver,
  PlanItemResolver,
  PlannerResolver,
  PlanResolver,
  TouchContactResolver,
} from './planner.resolver';
import { PlannerService } from './planner.service';
import { PlanResponseMiddleware, PlanResponsePlugin, PlanResponseStore } from './plan-response.cache';
import { RelevanceService } from './relevance.service';
import { TouchClaims } from './touch-claims';

@Module({
  imports: [TypeOrmModule.forFeature(PLANNER_ENTITIES), AccountsModule, TrackingModule, IngestionModule, MatchingModule],
  providers: [
    Clock,
    AttendanceChanges,
    TouchClaims,
    PlannerData,
    PlannerService,
    RelevanceService,
    PlanResponseStore,
    PlanResponsePlugin,
    PlannerResolver,
    PlanResolver,
    PlanItemResolver,
    PlanConflictResolver,
    MeetPersonContactResolver,
    PlanActionContactResolver,
    TouchContactResolver,
    BlockedTouchContactResolver,
    EventAttendanceResolver,
  ],
  exports: [PlannerService, PlannerData, Clock, AttendanceChanges, TouchClaims],
})
export class PlannerModule implements OnModuleInit, NestModule {
  constructor(
    private readonly matching: MatchingChanges,
    private readonly relevance: RelevanceService,
  ) {}

  onModuleInit(): void {
    this.matching.subscribe((owner, eventIds) => this.relevance.refresh(owner, eventIds));
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(PlanResponseMiddleware).forRoutes({ path: 'graphql', method: RequestMethod.POST });
  }
}
