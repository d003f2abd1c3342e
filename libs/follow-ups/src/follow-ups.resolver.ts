import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { COMPUTED_FIELD_COST, CurrentViewer, decodeCursor, encodeCursor, PageArgs, RequestContext, Viewer } from '@app/common';
import { EventRecord, EventType } from '@app/ingestion';
import { eventLoader, PlannerService } from '@app/planner';
import { ContactType, TrackingLoaders } from '@app/tracking';
import { CompleteFollowUpArgs, FollowUpsArgs, RecordMetInput, SkipFollowUpArgs, SnoozeFollowUpArgs } from './follow-up.inputs';
import { FollowUpChecklistConnection, FollowUpChecklistType, FollowUpItemConnection, FollowUpItemType } from './follow-up.types';
import { pageOfItems, toChecklistView, toItemView } from './follow-up-views';
import { FollowUpActions } from './follow-up-actions';
import { FollowUpsService } from './follow-ups.service';
import { MetRecorder } from './met-recorder';

type CostArgs = { args: { first?: number }; childComplexity: number };

/** Checklists are worked out per request: a fixed high cost on top of their items. */
const checklistComplexity = ({ childComplexity }: CostArgs) => COMPUTED_FIELD_COST + 20 * childComplexity;
const pageComplexity = ({ args, childComplexity }: CostArgs) => COMPUTED_FIELD_COST + Number(args.first ?? 20) * childComplexity;

@Resolver()
export class FollowUpsResolver {
  constructor(
    private readonly service: FollowUpsService,
    private readonly actions: FollowUpActions,
    private readonly meetings: MetRecorder,
  ) {}

  @Query(() => FollowUpChecklistType, {
    nullable: true,
    complexity: checklistComplexity,
    description: 'The checklist of an event you went to; null before the event ends or when you did not go.',
  })
  async followUpChecklist(@CurrentViewer() viewer: Viewer, @Args('eventId', { type: () => ID }) eventId: string): Promise<FollowUpChecklistType | null> {
    const checklist = await this.service.checklist(viewer.id, eventId);
    return checklist ? toChecklistView(checklist) : null;
  }

  @Query(() => FollowUpChecklistConnection, { complexity: pageComplexity, description: 'Your checklists, the latest event first.' })
  async followUpChecklists(@CurrentViewer() viewer: Viewer, @Args() page: PageArgs) {
    const computed = await this.service.all(viewer.id);
    const start = page.after ? Number(decodeCursor(page.after, 1)[0]) : 0;
    const slice = computed.slice(start, start + page.first);
    return {
      edges: slice.map((checklist, i) => ({ node: toChecklistView(checklist), cursor: encodeCursor([start + i + 1]) })),
      pageInfo: { hasNextPage: start + slice.length < computed.length, endCursor: slice.length ? encodeCursor([start + slice.length]) : null },
    };
  }

  @Query(() => FollowUpItemConnection, {
    complexity: pageComplexity,
    description: 'Your follow-up items across checklists: open and stale by due time first, then snoozed, then closed.',
  })
  async followUps(@CurrentViewer() viewer: Viewer, @Args() args: FollowUpsArgs) {
    const filter = args.filter ?? {};
    return pageOfItems(await this.service.all(viewer.id, filter), filter, args.first, args.after);
  }

  @Mutation(() => FollowUpChecklistType, {
    complexity: checklistComplexity,
    description: 'Records whom you met at an event: new people become contacts, each gets a MET_AT_EVENT touch, each promise its own item.',
  })
  async recordMet(@CurrentViewer() viewer: Viewer, @Args('input') input: RecordMetInput): Promise<FollowUpChecklistType> {
    return toChecklistView(await this.meetings.recordMet(viewer.id, input));
  }

  @Mutation(() => FollowUpItemType, { complexity: COMPUTED_FIELD_COST, description: 'Logs the touch and closes the item; completing twice is harmless.' })
  async completeFollowUp(@CurrentViewer() viewer: Viewer, @Args() args: CompleteFollowUpArgs): Promise<FollowUpItemType> {
    const { checklist, item } = await this.actions.complete(viewer.id, args.id, args.occurredAt);
    return toItemView(checklist, item);
  }

  @Mutation(() => FollowUpItemType, { complexity: COMPUTED_FIELD_COST })
  async skipFollowUp(@CurrentViewer() viewer: Viewer, @Args() args: SkipFollowUpArgs): Promise<FollowUpItemType> {
    const { checklist, item } = await this.actions.skip(viewer.id, args.id, args.reason);
    return toItemView(checklist, item);
  }

  @Mutation(() => FollowUpItemType, { complexity: COMPUTED_FIELD_COST, description: 'Hides the item until `until`, when it comes back due.' })
  async snoozeFollowUp(@CurrentViewer() viewer: Viewer, @Args() args: SnoozeFollowUpArgs): Promise<FollowUpItemType> {
    const { checklist, item } = await this.actions.snooze(viewer.id, args.id, args.until);
    return toItemView(checklist, item);
  }
}

@Resolver(() => FollowUpChecklistType)
export class FollowUpChecklistResolver {
  constructor(private readonly planner: PlannerService) {}

  @ResolveField(() => EventType)
  event(@Parent() checklist: FollowUpChecklistType, @CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext): Promise<EventRecord | null> {
    return eventLoader(ctx, this.planner, viewer.id).load(checklist.eventId);
  }
}

@Resolver(() => FollowUpItemType)
export class FollowUpItemResolver {
  constructor(
    private readonly planner: PlannerService,
    private readonly loaders: TrackingLoaders,
  ) {}

  @ResolveField(() => EventType)
  event(@Parent() item: FollowUpItemType, @CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext): Promise<EventRecord | null> {
    return eventLoader(ctx, this.planner, viewer.id).load(item.eventId);
  }

  @ResolveField(() => ContactType, { nullable: true, description: 'Null for items about the event itself ("Who did you meet?").' })
  async contact(@Parent() item: FollowUpItemType, @CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext) {
    return item.contactId ? this.loaders.contactById(ctx, viewer.id).load(item.contactId) : null;
  }
}
