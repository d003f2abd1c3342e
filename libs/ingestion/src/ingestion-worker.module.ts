import { Module } from '@nestjs/common';
import { IngestionModule } from './ingestion.module';
import { RefreshScheduler } from './refresh/refresh.scheduler';

/** The scheduled refreshing of feeds; loaded by worker processes (and by the API when RUN_WORKER is set). */
@Module({
  imports: [IngestionModule],
  providers: [RefreshScheduler],
})
export class IngestionWorkerModule {}
