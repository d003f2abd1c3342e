import { Controller, Get, HttpCode, Inject, Param, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ProfileReader } from '@app/accounts';
import { Public, UserId } from '@app/common';
import { APP_CONFIG, AppConfig } from '@app/config';
import { renderUnsubscribePage } from './core';
import { DigestSettingsService } from './digest-settings.service';
import { UnsubscribeLinks } from './unsubscribe-links';

/** The same answer for a forged, altered, another user's or a deleted user's token: nothing tells which. */
const NOT_VALID =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Link not valid</title></head><body><p>This unsubscribe link is not valid.</p></body></html>';

/**
 * One-click unsubscribe (RFC 8058). A POST to the link turns digests OFF at
 * once, as mail clients' "unsubscribe" buttons do; a GET only shows a page
 * with a button that POSTs, because mail scanners follow links.
 */
/** Public: the signed token is the credential, so a link works from any mail client without signing in. */
@Public()
@Controller('unsubscribe')
export class UnsubscribeController {
  constructor(
    private readonly links: UnsubscribeLinks,
    private readonly settings: DigestSettingsService,
    private readonly profiles: ProfileReader,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get(':token')
  async page(@Param('token') token: string, @Res() res: Response): Promise<void> {
    const owner = await this.owner(token);
    if (!owner) return void res.status(404).type('html').send(NOT_VALID);
    this.policy(res)
      .status(200)
      .type('html')
      .send(renderUnsubscribePage({ action: `/unsubscribe/${encodeURIComponent(token)}`, done: false, appUrl: this.config.http.publicBaseUrl }));
  }

  @Post(':token')
  @HttpCode(200)
  async unsubscribe(@Param('token') token: string, @Res() res: Response): Promise<void> {
    const owner = await this.owner(token);
    if (!owner) return void res.status(404).type('html').send(NOT_VALID);
    await this.settings.turnOff(owner);
    this.policy(res)
      .status(200)
      .type('html')
      .send(renderUnsubscribePage({ action: `/unsubscribe/${encodeURIComponent(token)}`, done: true, appUrl: this.config.http.publicBaseUrl }));
  }

  /** The API's default policy forbids forms: this page's one form may post to this origin (and to PUBLIC_BASE_URL's, which its action names). */
  private policy(res: Response): Response {
    const origin = new URL(this.config.http.publicBaseUrl).origin;
    return res.setHeader('Content-Security-Policy', `default-src 'none'; form-action 'self' ${origin}; frame-ancestors 'none'; base-uri 'none'`);
  }

  private async owner(token: string): Promise<UserId | null> {
    const id = await this.links.userOf(token);
    return id && (await this.profiles.recipient(id as UserId)) ? (id as UserId) : null;
  }
}
