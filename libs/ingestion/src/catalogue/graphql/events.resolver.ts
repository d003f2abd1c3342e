import { Args, Context, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import { CurrentViewer, Page, RequestContext, Viewer } from '@app/common';
import { SourceType } from '../../sources/source.types';
import { toSourceView } from '../../sources/sources.service';
import { SourceEntity } from '../../sources/source.entity';
import { FeedEntity } from '../../sources/feed.entity';
import { EventEntity } from '../entities/event.entity';
import { EventChangeType, EventConnection, EventPersonType, EventsArgs, EventType, OrganizerType, VenueType } from './event.types';
import { EventsService } from '../events.service';
import { FeedItemChangeEntity } from '../entities/feed-item-change.entity';

@Resolver(() => EventType)
export class EventsResolver {
  constructor(private readonly service: EventsService) {}

  @Query(() => EventConnection, {
    complexity: ({ args, childComplexity }) => 1 + Number(args.first ?? 20) * childComplexity,
    description: "Events of the viewer's sources, by start time.",
  })
  events(@CurrentViewer() viewer: Viewer, @Args() args: EventsArgs): Promise<Page<EventEntity>> {
    return this.service.list(viewer.id, args, args.filter ?? undefined); // `filter: null` means no filter
  }

  @Query(() => EventType)
  event(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<EventEntity> {
    return this.service.get(viewer.id, id);
  }

  @ResolveField(() => String)
  start(@Parent() event: EventEntity): string {
    return event.startLocal;
  }

  @ResolveField(() => String, { nullable: true })
  end(@Parent() event: EventEntity): string | null {
    return event.endLocal;
  }

  @ResolveField(() => VenueType, { nullable: true })
  venue(@Parent() event: EventEntity): VenueType | null {
    return event.venueName || event.venueAddress ? { name: event.venueName, address: event.venueAddress } : null;
  }

  @ResolveField(() => OrganizerType, { nullable: true })
  organizer(@Parent() event: EventEntity): OrganizerType | null {
    return event.organizer;
  }

  @ResolveField(() => [EventPersonType])
  performers(@Parent() event: EventEntity): EventPersonType[] {
    return event.people;
  }

  @ResolveField(() => [SourceType], { description: "The viewer's sources that list this event." })
  async sources(@Parent() event: EventEntity, @CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext): Promise<SourceType[]> {
    const loader = ctx.loaders.loader(
      'ingestion.sourcesOfEvent',
      () =>
        new DataLoader<string, SourceEntity[]>(async (ids) => {
          const found = await this.service.sourcesOf(viewer.id, ids);
          return ids.map((id) => found.get(id) ?? []);
        }),
    );
    return (await loader.load(event.id)).map((s) => toSourceView(s as SourceEntity & { feed: FeedEntity }));
  }

  @ResolveField(() => [EventChangeType], { description: 'Moves and cancellations, oldest first.' })
  changes(@Parent() event: EventEntity, @CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext): Promise<FeedItemChangeEntity[]> {
    const loader = ctx.loaders.loader(
      'ingestion.changesOfEvent',
      () =>
        new DataLoader<string, FeedItemChangeEntity[]>(async (ids) => {
          const found = await this.service.changesOf(viewer.id, ids);
          return ids.map((id) => found.get(id) ?? []);
        }),
    );
    return loader.load(event.id);
  }
}
