import { Controller, Get, Header, NotFoundException, Param } from '@nestjs/common';
import { Public } from '@app/common';
import { CalendarFeedService } from './calendar-feed.service';

@Controller('calendar')
export class CalendarFeedController {
  constructor(private readonly feeds: CalendarFeedService) {}

  /** The secret URL is the credential: no sign-in, 404 for a token that is unknown or rotated. */
  @Public()
  @Get(':file')
  @Header('Content-Type', 'text/calendar; charset=utf-8')
  @Header('Cache-Control', 'private, max-age=300')
  async feed(@Param('file') file: string): Promise<string> {
    const token = file.endsWith('.ics') ? file.slice(0, -4) : file;
    const text = await this.feeds.render(token);
    // An HTTP 404 (not a domain error): calendar apps only understand status codes here.
    if (text === null) throw new NotFoundException('No calendar feed at this address: it may have been rotated. Copy the current URL from topofmind.');
    return text;
  }
}
