import { Field, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Viewer } from '@app/common';
import { CalendarFeedService } from './calendar-feed.service';

@ObjectType('CalendarFeed')
export class CalendarFeedType {
  @Field({ description: 'Secret address of your plan as an iCalendar feed; subscribe to it from any calendar app.' })
  url!: string;
}

@Resolver(() => CalendarFeedType)
export class CalendarFeedResolver {
  constructor(private readonly feeds: CalendarFeedService) {}

  @Query(() => CalendarFeedType)
  async calendarFeed(@CurrentViewer() viewer: Viewer): Promise<CalendarFeedType> {
    return { url: await this.feeds.url(viewer.id) };
  }

  @Mutation(() => CalendarFeedType, { description: 'Issues a new secret address; the old one stops working at once.' })
  async rotateCalendarFeedToken(@CurrentViewer() viewer: Viewer): Promise<CalendarFeedType> {
    return { url: await this.feeds.url(viewer.id, true) };
  }
}
