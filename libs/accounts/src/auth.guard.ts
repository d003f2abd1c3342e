import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlContextType, GqlExecutionContext } from '@nestjs/graphql';
import { IS_PUBLIC, RequestContext } from '@app/common';
import { RequestAuthenticator } from './request-authenticator';

/**
 * Global guard: every resolver and route needs a valid bearer token or the
 * web app's session cookie (with its CSRF header) unless marked @Public().
 * The viewer is attached to the request for @CurrentViewer().
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly authenticator: RequestAuthenticator,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()])) return true;
    const req =
      context.getType<GqlContextType>() === 'graphql'
        ? GqlExecutionContext.create(context).getContext<RequestContext>().req
        : context.switchToHttp().getRequest<RequestContext['req']>();
    await this.authenticator.authenticate(req);
    return true;
  }
}
