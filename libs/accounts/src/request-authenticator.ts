import { Injectable } from '@nestjs/common';
import { RequestContext, UnauthenticatedException, Viewer } from '@app/common';
import { AccountsService } from './accounts.service';
import { bearerToken } from './bearer-token';
import { CSRF_HEADER, SessionCookie } from './session-cookie';

type Request = RequestContext['req'];

/** How a request is signed: the token and where it came from. */
export interface RequestCredential {
  token: string;
  via: 'bearer' | 'cookie';
}

/**
 * Who a request is from: a bearer token (API clients) or the web app's
 * session cookie, which counts only with the CSRF header. One place, for
 * the guard and for the plan cache in front of GraphQL.
 */
@Injectable()
export class RequestAuthenticator {
  constructor(
    private readonly accounts: AccountsService,
    private readonly cookie: SessionCookie,
  ) {}

  credential(req: Request): RequestCredential | null {
    const bearer = bearerToken(req.headers.authorization);
    if (bearer) return { token: bearer, via: 'bearer' };
    const session = this.cookie.read(req.headers);
    return session ? { token: session, via: 'cookie' } : null;
  }

  /** Sets `req.viewer` (and how it signed), or throws UNAUTHENTICATED saying what to do. */
  async authenticate(req: Request): Promise<Viewer> {
    if (req.viewer) return req.viewer;
    const credential = this.credential(req);
    if (!credential) throw new UnauthenticatedException();
    if (credential.via === 'cookie' && req.headers[CSRF_HEADER] === undefined) {
      throw new UnauthenticatedException(
        `A request signed by the session cookie must send the ${CSRF_HEADER} header (the web app does); other clients send "Authorization: Bearer <token>".`,
      );
    }
    req.viewer = await this.accounts.authenticate(credential.token);
    req.viewerVia = credential.via;
    return req.viewer;
  }
}
