import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Controller, Get, Header } from '@nestjs/common';
import { escapeAttribute } from 'entities';
import { Public } from '@app/common';
import { DemoSeeder } from '@app/demo';

/** Read once: the page is static; everything it shows comes from the GraphQL API. */
const PAGE = readFileSync(join(__dirname, 'assets', 'index.html'), 'utf8');

@Controller()
export class WebController {
  constructor(private readonly demo: DemoSeeder) {}

  /**
   * The web front end: sign in, the plan, next touches and the calendar feed
   * URL. The sign-in form is filled in with the demo account only when this
   * process has seeded it, never otherwise: its password is public.
   */
  @Public()
  @Get()
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header(
    'Content-Security-Policy',
    "default-src 'self'; script-src 'unsafe-inline' 'self'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'; object-src 'none'",
  )
  index(): string {
    const signIn = this.demo.signIn;
    return PAGE.replace('{{demoEmail}}', escapeAttribute(signIn?.email ?? '')).replace('{{demoPassword}}', escapeAttribute(signIn?.password ?? ''));
  }
}
