import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@app/config';
import { signUnsubscribeToken, verifyUnsubscribeToken } from './core';
import { DigestSigningKeyEntity } from './signing-key.entity';

const KEY_NAME = 'unsubscribe';

/**
 * One-click unsubscribe links (RFC 8058): a signed token naming the user,
 * so no login is needed and no other user's link can be made. Signed with
 * UNSUBSCRIBE_SECRET, or a random secret made once and kept in the database.
 */
@Injectable()
export class UnsubscribeLinks {
  private secret?: Promise<string>;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectRepository(DigestSigningKeyEntity) private readonly keys: Repository<DigestSigningKeyEntity>,
  ) {}

  async url(userId: string): Promise<string> {
    return `${this.config.http.publicBaseUrl}/unsubscribe/${signUnsubscribeToken(userId, await this.signingSecret())}`;
  }

  /** The user a token names, or null for a forged, altered or malformed one. */
  async userOf(token: string): Promise<string | null> {
    return verifyUnsubscribeToken(token, await this.signingSecret());
  }

  private signingSecret(): Promise<string> {
    this.secret ??= this.loadSecret().catch((error: unknown) => {
      this.secret = undefined;
      throw error;
    });
    return this.secret;
  }

  private async loadSecret(): Promise<string> {
    if (this.config.mail.unsubscribeSecret) return this.config.mail.unsubscribeSecret;
    // Of two instances making one at once, the first insert wins and both read it.
    await this.keys
      .createQueryBuilder()
      .insert()
      .values({ name: KEY_NAME, secret: randomBytes(32).toString('base64url') })
      .orIgnore()
      .execute();
    const key = await this.keys.findOneOrFail({ where: { name: KEY_NAME } });
    return key.secret;
  }
}
