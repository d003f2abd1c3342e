import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import { COMPUTED_FIELD_COST, CurrentViewer, RequestContext, UserId, Viewer } from '@app/common';
import { EventEntity, EventRecord, EventType } from '@app/ingestion';
import { EventMatchType, matchesLoader, MatchReader, MatchView, toMatchView } from '@app/matching';
import { ContactType, InteractionType, TrackingLoaders } from '@app/tracking';
import { CadenceRulesInput, CadenceRulesType } from './cadence-rules.types';
import { Attendance, CadenceRules } from './core';
import { MarkTouchSentInput, PlanArgs, SetAttendanceArgs } from './planner.inputs';
import { PlannerService } from './planner.service';
import { BlockedTouchType, MeetPersonType, PlanActionType, PlanConflictType, PlanItemType, PlanType, TouchSuggestionType } from './plan.types';

/** The user's catalogue events by id, batched per request: every type that names an event resolves it here (the plan's, the follow-ups'). */
export function eventLoader(ctx: RequestContext, planner: PlannerService, owner: UserId): DataLoader<string, EventRecord | null> {
  return ctx.loaders.loader(
    'planner.eventById',
    () =>
      new DataLoader<string, EventRecord | null>(async (ids) => {
        const found = await planner.eventsById(owner, ids);
        return ids.map((id) => found.get(id) ?? null);
      }),
  );
}

type CostArgs = { args: { limit?: number }; childComplexity: number };

/** Plans and touch lists are computed per request: a fixed high cost on top of their items. */
const planComplexity = ({ args, childComplexity }: CostArgs) => COMPUTED_FIELD_COST + (args.limit ?? 50) * childComplexity;
const touchesComplexity = ({ args, childComplexity }: CostArgs) => COMPUTED_FIELD_COST + (args.limit ?? 20) * childComplexity;
const blockedComplexity = ({ childComplexity }: CostArgs) => COMPUTED_FIELD_COST + 10 * childComplexity;
/** Plan.blocked is part of the plan's child cost, which the plan multiplies by its limit already. */
const planBlockedComplexity = ({ childComplexity }: CostArgs) => 1 + 10 * childComplexity;

@Resolver()
export class PlannerResolver {
  constructor(
    private readonly planner: PlannerService,
    private readonly matches: MatchReader,
  ) {}

  @Query(() => PlanType, { complexity: planComplexity, description: 'Events worth your time in [from, to), best first, with whom to meet and what to say.' })
  async plan(@CurrentViewer() viewer: Viewer, @Args() args: PlanArgs, @Context() ctx: RequestContext): Promise<PlanType> {
    const plan = await this.planner.plan(viewer, { from: args.from, to: args.to }, args.limit, args.includeNotGoing);
    // Items and conflicts are among the candidates, read already: their `event` and `matches` cost no further query.
    const events = eventLoader(ctx, this.planner, viewer.id);
    for (const event of plan.candidates.events) events.prime(event.id, event);
    const matches = matchesLoader(ctx, this.matches, viewer.id);
    for (const event of plan.candidates.events) matches.prime(event.id, (plan.candidates.matches.get(event.id) ?? []).map(toMatchView));
    return plan;
  }

  @Query(() => [TouchSuggestionType], {
    complexity: touchesComplexity,
    description: 'The next recommended touch per contact, earliest due first. Nothing is sent for you.',
  })
  async nextTouches(@CurrentViewer() viewer: Viewer, @Args('limit', { type: () => Int, defaultValue: 20 }) limit: number): Promise<TouchSuggestionType[]> {
    return (await this.planner.nextTouches(viewer, Math.min(Math.max(limit, 1), 200))).touches;
  }

  @Query(() => [BlockedTouchType], {
    complexity: blockedComplexity,
    description: 'Touches the anti-pestering budget or a stop rule holds back, with the reason.',
  })
  async blockedTouches(@CurrentViewer() viewer: Viewer): Promise<BlockedTouchType[]> {
    return (await this.planner.nextTouches(viewer, 200)).blocked;
  }

  @Mutation(() => InteractionType, { description: "Logs a touch you made; it resets that contact's cadence clock." })
  markTouchSent(@CurrentViewer() viewer: Viewer, @Args('input') input: MarkTouchSentInput) {
    return this.planner.markTouchSent(viewer.id, input);
  }

  @Mutation(() => EventType, { description: 'Records whether you are going; the plan and your calendar feed use it.' })
  setAttendance(@CurrentViewer() viewer: Viewer, @Args() args: SetAttendanceArgs): Promise<EventEntity> {
    return this.planner.setAttendance(viewer.id, args.eventId, args.status);
  }

  @Query(() => CadenceRulesType)
  cadenceRules(@CurrentViewer() viewer: Viewer): Promise<CadenceRules> {
    return this.planner.cadenceRules(viewer.id);
  }

  @Mutation(() => CadenceRulesType, { description: 'Changes the given rules; the others keep their values.' })
  updateCadenceRules(@CurrentViewer() viewer: Viewer, @Args('input') input: CadenceRulesInput): Promise<CadenceRules> {
    return this.planner.updateCadenceRules(viewer.id, input);
  }
}

@Resolver(() => PlanType)
export class PlanResolver {
  constructor(private readonly planner: PlannerService) {}

  @ResolveField(() => [BlockedTouchType], {
    complexity: planBlockedComplexity,
    description: 'Touches held back by the anti-pestering budget, with the reason.',
  })
  blocked(@Parent() plan: PlanType): BlockedTouchType[] {
    return this.planner.blockedFor(plan);
  }
}

@Resolver(() => PlanItemType)
export class PlanItemResolver {
  constructor(
    private readonly planner: PlannerService,
    private readonly matchReader: MatchReader,
  ) {}

  @ResolveField(() => EventType)
  async event(@Parent() item: PlanItemType, @CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext): Promise<EventRecord | null> {
    return eventLoader(ctx, this.planner, viewer.id).load(item.eventId);
  }

  @ResolveField(() => [EventMatchType])
  matches(@Parent() item: PlanItemType, @CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext): Promise<MatchView[]> {
    return matchesLoader(ctx, this.matchReader, viewer.id).load(item.eventId);
  }
}

@Resolver(() => PlanConflictType)
export class PlanConflictResolver {
  constructor(private readonly planner: PlannerService) {}

  @ResolveField(() => EventType)
  event(@Parent() conflict: PlanConflictType, @CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext): Promise<EventRecord | null> {
    return eventLoader(ctx, this.planner, viewer.id).load(conflict.eventId);
  }
}

/** `contact` on every planner type that names one, batched through the tracking loaders. */
function contactResolver(type: () => object) {
  @Resolver(type)
  class ContactFieldResolver {
    constructor(readonly loaders: TrackingLoaders) {}

    @ResolveField(() => ContactType)
    contact(@Parent() parent: { contactId: string }, @CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext) {
      return this.loaders.contactById(ctx, viewer.id).load(parent.contactId);
    }
  }
  return ContactFieldResolver;
}

export const MeetPersonContactResolver = contactResolver(() => MeetPersonType);
export const PlanActionContactResolver = contactResolver(() => PlanActionType);
export const TouchContactResolver = contactResolver(() => TouchSuggestionType);
export const BlockedTouchContactResolver = contactResolver(() => BlockedTouchType);

@Resolver(() => EventType)
export class EventAttendanceResolver {
  constructor(private readonly planner: PlannerService) {}

  @ResolveField(() => Attendance, { nullable: true, description: 'Whether you are going.' })
  attendance(@Parent() event: EventEntity, @CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext): Promise<Attendance | null> {
    const loader = ctx.loaders.loader(
      'planner.attendanceOfEvent',
      () =>
        new DataLoader<string, Attendance | null>(async (ids) => {
          const found = await this.planner.attendanceOf(viewer.id, ids);
          return ids.map((id) => found.get(id) ?? null);
        }),
    );
    return loader.load(event.id);
  }
}
