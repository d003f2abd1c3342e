import { Module } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';
import { IngestionWorkerModule } from '@app/ingestion';
import { MatchingModule } from '@app/matching';

/**
 * Everything a worker runs: the crons (which only enqueue) and the job
 * handlers. Loaded by `apps/worker`, and by the API when RUN_WORKER is set
 * (the single-machine `npm start`).
 */
@Module({
  // MatchingModule: feeds refreshed here are matched here, right after ingest.
  imports: [ScheduleModule.forRoot(), IngestionWorkerModule, MatchingModule],
})
export class BackgroundModule {}
