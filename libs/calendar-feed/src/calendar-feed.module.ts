import { Module } from '@nestjs/common';
import { AccountsModule } from '@app/accounts';
import { PlannerModule } from '@app/planner';
import { CalendarFeedController } from './calendar-feed.controller';
import { CalendarFeedResolver } from './calendar-feed.resolver';
import { CalendarFeedService } from './calendar-feed.service';

@Module({
  imports: [AccountsModule, PlannerModule],
  controllers: [CalendarFeedController],
  providers: [CalendarFeedService, CalendarFeedResolver],
})
export class CalendarFeedModule {}
