import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Controller, Get, Header } from '@nestjs/common';
import { Public } from '@app/common';

/** Read once: the page is static; everything it shows comes from the GraphQL API. */
const PAGE = readFileSync(join(__dirname, 'assets', 'index.html'), 'utf8');

@Controller()
export class WebController {
  /** The web front end: sign in, the plan, next touches and the calendar feed URL. */
  @Public()
  @Get()
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Content-Security-Policy', "default-src 'self'; script-src 'unsafe-inline' 'self'; style-src 'unsafe-inline'")
  index(): string {
    return PAGE;
  }
}
