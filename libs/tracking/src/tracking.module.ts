import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CompaniesResolver } from './companies/companies.resolver';
import { CompaniesService } from './companies/companies.service';
import { ContactsResolver } from './contacts/contacts.resolver';
import { ContactsService } from './contacts/contacts.service';
import { InteractionsResolver } from './interactions/interactions.resolver';
import { InteractionsService } from './interactions/interactions.service';
import { InterviewsResolver } from './interviews/interviews.resolver';
import { InterviewsService } from './interviews/interviews.service';
import { ProjectUpdatesResolver } from './project-updates/project-updates.resolver';
import { ProjectUpdatesService } from './project-updates/project-updates.service';
import { TRACKING_ENTITIES } from './tracking.entities';
import { TrackingChanges } from './tracking-changes';
import { TrackingLoaders } from './tracking.loaders';
import { RelationshipReader } from './relationship-reader';

const services = [CompaniesService, ContactsService, InterviewsService, InteractionsService, ProjectUpdatesService];

@Module({
  imports: [TypeOrmModule.forFeature(TRACKING_ENTITIES)],
  providers: [
    ...services,
    TrackingLoaders,
    TrackingChanges,
    RelationshipReader,
    CompaniesResolver,
    ContactsResolver,
    InterviewsResolver,
    InteractionsResolver,
    ProjectUpdatesResolver,
  ],
  exports: [...services, TrackingLoaders, TrackingChanges, RelationshipReader],
})
export class TrackingModule {}
