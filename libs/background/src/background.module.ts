import { Module } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';
import { DigestsWorkerModule } from '@app/digests';
import { FollowUpsWorkerModule } from '@app/follow-ups';
import { IngestionWorkerModule } from '@app/ingestion';
import { MatchingModule } from '@app/matching';
import { PlannerModule } from '@app/planner';

/**
 * Everything a worker runs: the crons (which only enqueue) and the job
 * handlers. Loaded by `apps/worker`, and by the API when RUN_WORKER is set
 * (the single-machine `npm start`).
 */
@Module({
  // Matching and the planner's relevance: feeds refreshed here are matched and ranked here, right after ingest;
  // the follow-up sweep creates checklists as attended events end; digests go out on each user's schedule.
  imports: [ScheduleModule.forRoot(), IngestionWorkerModule, MatchingModule, PlannerModule, FollowUpsWorkerModule, DigestsWorkerModule],
})
export class BackgroundModule {}
