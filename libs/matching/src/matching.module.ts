import { Module, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule, ProfileChanges } from '@app/accounts';
import { UserId } from '@app/common';
import { CatalogueChanges, IngestionModule } from '@app/ingestion';
import { MetricsModule } from '@app/metrics';
import { TrackingChanges, TrackingModule } from '@app/tracking';
import { EventMatchEntity } from './event-match.entity';
import { MatchReader } from './match-reader';
import { EventMatchesResolver, EventMatchFieldsResolver } from './matches.resolver';
import { MatchingChanges } from './matching-changes';
import { MatchingService } from './matching.service';

/** Matches events with what each user tracks, on ingest and whenever the tracked set changes. */
@Module({
  imports: [TypeOrmModule.forFeature([EventMatchEntity]), AccountsModule, TrackingModule, IngestionModule, MetricsModule],
  providers: [MatchingService, MatchingChanges, MatchReader, EventMatchesResolver, EventMatchFieldsResolver],
  exports: [MatchingService, MatchingChanges, MatchReader],
})
export class MatchingModule implements OnModuleInit {
  constructor(
    private readonly matching: MatchingService,
    private readonly catalogue: CatalogueChanges,
    private readonly tracking: TrackingChanges,
    private readonly profiles: ProfileChanges,
  ) {}

  onModuleInit(): void {
    this.catalogue.subscribe((owner, eventIds) => this.matching.matchEvents(owner as UserId, eventIds).then(() => undefined));
    this.tracking.subscribe((owner) => this.matching.rematchUpcoming(owner).then(() => undefined));
    this.profiles.subscribe((owner) => this.matching.rematchUpcoming(owner).then(() => undefined));
  }
}
