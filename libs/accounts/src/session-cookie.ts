import { Inject, Injectable } from '@nestjs/common';
import { parse } from 'cookie';
import { CookieOptions, ResponseCookies } from '@app/common';
import { APP_CONFIG, AppConfig } from '@app/config';
import { TOKEN_LIFETIME_MS } from './accounts.service';

/**
 * The header the web app sends with every request. A page on another origin
 * cannot add a custom header without a CORS preflight, which this server
 * never grants, so a cookie-signed request without it is a forged one (CSRF).
 */
export const CSRF_HEADER = 'x-topofmind-csrf';

/**
 * The web app's session: the same kind of token as a bearer token, kept in
 * an httpOnly cookie so page scripts never see it. SameSite=Lax, Secure when
 * the public address is https (then with the `__Host-` prefix, which pins it
 * to this host and path /).
 */
@Injectable()
export class SessionCookie {
  readonly secure: boolean;
  readonly name: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.secure = config.http.publicBaseUrl.startsWith('https:');
    this.name = this.secure ? '__Host-topofmind_session' : 'topofmind_session';
  }

  /** The session token the request's Cookie header carries, if any. */
  read(headers: Record<string, string | string[] | undefined>): string | null {
    const header = headers.cookie;
    const value = Array.isArray(header) ? header.join('; ') : header;
    if (!value) return null;
    return parse(value)[this.name] ?? null;
  }

  issue(res: ResponseCookies | undefined, token: string): void {
    res?.cookie(this.name, token, { ...this.options(), maxAge: TOKEN_LIFETIME_MS });
  }

  clear(res: ResponseCookies | undefined): void {
    res?.clearCookie(this.name, this.options());
  }

  private options(): CookieOptions {
    return { httpOnly: true, sameSite: 'lax', secure: this.secure, path: '/' };
  }
}
