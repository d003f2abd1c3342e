import { join } from 'node:path';
import { Controller, Get, Header, NotFoundException, Param, Res, ServiceUnavailableException } from '@nestjs/common';
import type { Response } from 'express';
import { escapeAttribute } from 'entities';
import { Public } from '@app/common';
import { DemoSeeder } from '@app/demo';
import { findWebBuild } from './web-build';

/**
 * Scripts, styles and data only from this origin: no inline script or style
 * anywhere, so an injected `<script>` or `onerror=` attribute cannot run.
 */
export const WEB_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "manifest-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "object-src 'none'",
].join('; ');

const YEAR_SECONDS = 365 * 24 * 3600;

/**
 * The web app's client-side routes (apps/web/src/app.tsx), each answered
 * with its page so that links (digests link to /events/:id, /follow-ups,
 * /people/:id, /sources/:id, /settings) open directly. Listed rather than a
 * catch-all, which would shadow GET /graphql and the other API routes.
 */
export const CLIENT_ROUTES = [
  '/',
  'sign-in',
  'sign-up',
  'welcome',
  'plan',
  'events',
  'events/:id',
  'people',
  'people/:id',
  'companies',
  'companies/:id',
  'sources',
  'sources/:id',
  'follow-ups',
  'settings',
];

/**
 * The web app (apps/web, built into dist/web): its hashed assets with a long
 * cache, and its page at each of its routes.
 */
@Controller()
export class WebController {
  private readonly build = findWebBuild();

  constructor(private readonly demo: DemoSeeder) {}

  @Public()
  @Get('assets/:file')
  asset(@Param('file') file: string, @Res() res: Response): void {
    if (!this.build?.assets.has(file)) throw new NotFoundException(`No asset ${file}.`);
    res.sendFile(join(this.build.assetsDir, file), { maxAge: YEAR_SECONDS * 1000, immutable: true, dotfiles: 'deny' });
  }

  /**
   * The page. The sign-in form is filled in with the demo account only when
   * this process has seeded it, never otherwise: its password is public.
   */
  @Public()
  @Get(CLIENT_ROUTES)
  @Header('Content-Security-Policy', WEB_CONTENT_SECURITY_POLICY)
  @Header('Cache-Control', 'no-cache')
  page(@Res({ passthrough: true }) res: Response): string {
    if (!this.build) throw new ServiceUnavailableException('The web app is not built: run `npm run build:web` (npm start builds it).');
    res.type('html');
    const signIn = this.demo.signIn;
    return this.build.page.replace('{{demoEmail}}', escapeAttribute(signIn?.email ?? '')).replace('{{demoPassword}}', escapeAttribute(signIn?.password ?? ''));
  }
}
