import { Global, Module } from '@nestjs/common';
import { MetricsModule } from '@app/metrics';
import { JobsService } from './jobs.service';

@Global()
@Module({ imports: [MetricsModule], providers: [JobsService], exports: [JobsService] })
export class JobsModule {}
