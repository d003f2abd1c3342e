import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import { COMPUTED_FIELD_COST, CurrentViewer, RequestContext, Viewer } from '@app/common';
import { EventsService } from '../catalogue/events.service';
import { CreateSourceInput, ImportCalendarInput, SourceType, UpdateSourceInput } from './source.types';
import { SourcesService, toSourceView } from './sources.service';

@Resolver(() => SourceType)
export class SourcesResolver {
  constructor(
    private readonly service: SourcesService,
    private readonly events: EventsService,
  ) {}

  @Query(() => [SourceType], { description: 'Your feeds and pages, oldest first.' })
  async sources(@CurrentViewer() viewer: Viewer): Promise<SourceType[]> {
    return (await this.service.list(viewer.id)).map(toSourceView);
  }

  @Query(() => SourceType)
  async source(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<SourceType> {
    return toSourceView(await this.service.get(viewer.id, id));
  }

  @Mutation(() => SourceType, { description: 'Follows an iCal feed or event page; the first fetch is queued at once (status PENDING).' })
  async createSource(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateSourceInput): Promise<SourceType> {
    return toSourceView(await this.service.create(viewer, input));
  }

  @Mutation(() => SourceType, { complexity: COMPUTED_FIELD_COST, description: 'Reads an uploaded iCalendar text as a source of its own.' })
  async importCalendar(@CurrentViewer() viewer: Viewer, @Args('input') input: ImportCalendarInput): Promise<SourceType> {
    return toSourceView(await this.service.importCalendar(viewer, input));
  }

  @Mutation(() => SourceType, { complexity: COMPUTED_FIELD_COST, description: 'Fetches the source now and answers when done.' })
  async refreshSource(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<SourceType> {
    return toSourceView(await this.service.refreshNow(viewer.id, id));
  }

  @Mutation(() => SourceType)
  async updateSource(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateSourceInput,
  ): Promise<SourceType> {
    return toSourceView(await this.service.update(viewer.id, id, input));
  }

  @Mutation(() => ID, { description: 'Stops following the source; its events stay when another of your sources lists them.' })
  deleteSource(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<string> {
    return this.service.delete(viewer.id, id);
  }

  @ResolveField(() => Int, { description: 'Events of yours this source lists.' })
  async eventCount(@Parent() source: SourceType & { feedId?: string }, @CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext): Promise<number> {
    const loader = ctx.loaders.loader(
      'ingestion.eventCountBySource',
      () =>
        new DataLoader<string, number>(async (sourceIds) => {
          const mine = new Map((await this.service.list(viewer.id)).map((s) => [s.id, s.feedId]));
          const counts = await this.events.countByFeed(viewer.id, [...new Set([...mine.values()])]);
          return sourceIds.map((id) => counts.get(mine.get(id) ?? '') ?? 0);
        }),
    );
    return loader.load(source.id);
  }
}
