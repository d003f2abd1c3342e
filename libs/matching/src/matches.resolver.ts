import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import { CurrentViewer, RequestContext, UserId, Viewer } from '@app/common';
import { EventEntity, EventType } from '@app/ingestion';
import { CompanyType, ContactType, TrackingLoaders } from '@app/tracking';
import { EventMatchType } from './event-match.type';
import { MatchReader, MatchRecord } from './match-reader';

/** A stored match as GraphQL shows it. */
export type MatchView = EventMatchType & { contactId: string | null; companyId: string | null };

export function toMatchView(m: MatchRecord): MatchView {
  return {
    id: m.id,
    kind: m.kind,
    role: m.role,
    score: Math.round(m.score * 1000) / 1000,
    evidence: m.evidence.map((e) => `${e.field}: ${e.snippet}`).join(' | '),
    evidenceDetails: m.evidence,
    reason: m.reason,
    topic: m.topic,
    contactId: m.contactId,
    companyId: m.companyId,
  };
}

/** The viewer's matches of many events in one query, best first; a caller that read them already primes it. */
export function matchesLoader(ctx: RequestContext, reader: MatchReader, owner: UserId): DataLoader<string, MatchView[]> {
  return ctx.loaders.loader(
    'matching.matchesOfEvent',
    () =>
      new DataLoader<string, MatchView[]>(async (eventIds) => {
        const byEvent = await reader.ofEvents(owner, eventIds);
        return eventIds.map((id) => (byEvent.get(id) ?? []).map(toMatchView));
      }),
  );
}

@Resolver(() => EventType)
export class EventMatchesResolver {
  constructor(private readonly reader: MatchReader) {}

  @ResolveField(() => [EventMatchType], { description: 'Your tracked people, companies and topics this event concerns, best first.' })
  matches(@Parent() event: EventEntity, @CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext): Promise<MatchView[]> {
    return matchesLoader(ctx, this.reader, viewer.id).load(event.id);
  }
}

@Resolver(() => EventMatchType)
export class EventMatchFieldsResolver {
  constructor(private readonly loaders: TrackingLoaders) {}

  @ResolveField(() => ContactType, { nullable: true })
  contact(@Parent() match: MatchView, @CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext) {
    return match.contactId ? this.loaders.contactById(ctx, viewer.id).load(match.contactId) : null;
  }

  @ResolveField(() => CompanyType, { nullable: true })
  company(@Parent() match: MatchView, @CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext) {
    return match.companyId ? this.loaders.companyById(ctx, viewer.id).load(match.companyId) : null;
  }
}
