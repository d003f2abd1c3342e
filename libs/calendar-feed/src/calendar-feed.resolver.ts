import { Field, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Viewer } from '@app/common';
import { CalendarFeedService } from './calendar-feed.service';

@ObjectType('CalendarFeed', {
  description:
    'Your plan as an iCalendar feed at a secret address. Only a hash of the address is stored, so it is shown once, when rotateCalendarFeedToken issues it; issue a new one if you lose it.',
})
export class CalendarFeedType {
  @Field(() => String, {
    nullable: true,
    description: 'The secret address to subscribe to from any calendar app: in the answer of rotateCalendarFeedToken only, null elsewhere.',
  })
  url!: string | null;

  @Field(() => Date, { nullable: true, description: 'When the current address was issued; null while there is none.' })
  createdAt!: Date | null;
}

@Resolver(() => CalendarFeedType)
export class CalendarFeedResolver {
  constructor(private readonly feeds: CalendarFeedService) {}

  @Query(() => CalendarFeedType, { description: 'Whether you have a calendar feed address, and since when (the address itself is not shown again).' })
  async calendarFeed(@CurrentViewer() viewer: Viewer): Promise<CalendarFeedType> {
    return { url: null, createdAt: await this.feeds.issuedAt(viewer.id) };
  }

  @Mutation(() => CalendarFeedType, {
    description: 'Issues a new secret address (the first one too) and shows it this once; the old one stops working at once.',
  })
  rotateCalendarFeedToken(@CurrentViewer() viewer: Viewer): Promise<CalendarFeedType> {
    return this.feeds.issue(viewer.id);
  }
}
