import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlContextType, GqlExecutionContext } from '@nestjs/graphql';
import { IS_PUBLIC, RequestContext, UnauthenticatedException } from '@app/common';
import { AccountsService } from './accounts.service';
import { bearerToken } from './bearer-token';

/**
 * Global guard: every resolver and route needs a valid bearer token unless
 * marked @Public(). The viewer is attached to the request for
 * @CurrentViewer().
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly accounts: AccountsService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()])) return true;
    const req =
      context.getType<GqlContextType>() === 'graphql'
        ? GqlExecutionContext.create(context).getContext<RequestContext>().req
        : context.switchToHttp().getRequest<RequestContext['req']>();
    if (req.viewer) return true;
    const token = bearerToken(req.headers.authorization);
    if (!token) throw new UnauthenticatedException();
    req.viewer = await this.accounts.authenticate(token);
    return true;
  }
}
