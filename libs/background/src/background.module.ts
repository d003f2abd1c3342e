import { Module } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';
import { IngestionWorkerModule } from '@app/ingestion';

/**
 * Everything a worker runs: the crons (which only enqueue) and the job
 * handlers. Loaded by `apps/worker`, and by the API when RUN_WORKER is set
 * (the single-machine `npm start`).
 */
@Module({
  imports: [ScheduleModule.forRoot(), IngestionWorkerModule],
})
export class BackgroundModule {}
