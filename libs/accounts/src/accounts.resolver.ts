import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { COMPUTED_FIELD_COST, CurrentViewer, Public, RequestContext, Viewer } from '@app/common';
import { AccountsService, IssuedToken } from './accounts.service';
import { ChangePasswordInput, LoginInput, RegisterInput, UpdateProfileInput } from './dto/account.inputs';
import { AuthPayload, UserType } from './dto/user.type';
import { RequestAuthenticator } from './request-authenticator';
import { SessionCookie } from './session-cookie';

@Resolver(() => UserType)
export class AccountsResolver {
  constructor(
    private readonly accounts: AccountsService,
    private readonly authenticator: RequestAuthenticator,
    private readonly cookie: SessionCookie,
  ) {}

  @Public()
  @Mutation(() => AuthPayload, {
    complexity: COMPUTED_FIELD_COST,
    description: 'Creates an account and signs it in. Attempts per client address are limited (TOO_MANY_REQUESTS with extensions.retryAfterSeconds).',
  })
  async register(@Args('input') input: RegisterInput, @Context() context: RequestContext): Promise<AuthPayload> {
    return this.answer(await this.accounts.register(input.email, input.password, input.timeZone, context.req.ip ?? ''), input.session === true, context);
  }

  @Public()
  @Mutation(() => AuthPayload, {
    complexity: COMPUTED_FIELD_COST,
    description:
      'Signs in; each call issues a new token. Throttled per client address and per account, with a lock that doubles after repeated wrong passwords (TOO_MANY_REQUESTS with extensions.retryAfterSeconds).',
  })
  async login(@Args('input') input: LoginInput, @Context() context: RequestContext): Promise<AuthPayload> {
    return this.answer(await this.accounts.login(input.email, input.password, context.req.ip ?? ''), input.session === true, context);
  }

  @Mutation(() => Boolean, { description: 'Revokes the token (or the session cookie) this request was made with.' })
  async logout(@Context() context: RequestContext): Promise<boolean> {
    const credential = this.authenticator.credential(context.req);
    if (credential?.via === 'cookie') this.cookie.clear(context.res);
    return this.accounts.logout(credential?.token ?? '');
  }

  @Mutation(() => AuthPayload, {
    complexity: COMPUTED_FIELD_COST,
    description:
      'Checks your current password (throttled like login), sets the new one and signs out every session: the token in the answer is the only one left.',
  })
  async changePassword(@CurrentViewer() viewer: Viewer, @Args('input') input: ChangePasswordInput, @Context() context: RequestContext): Promise<AuthPayload> {
    const issued = await this.accounts.changePassword(viewer.id, input.currentPassword, input.newPassword, context.req.ip ?? '');
    return this.answer(issued, context.req.viewerVia === 'cookie', context);
  }

  @Mutation(() => Boolean, { description: 'Revokes every token of yours, the one this request was made with included.' })
  signOutEverywhere(@CurrentViewer() viewer: Viewer, @Context() context: RequestContext): Promise<boolean> {
    if (context.req.viewerVia === 'cookie') this.cookie.clear(context.res);
    return this.accounts.signOutEverywhere(viewer.id);
  }

  @Query(() => UserType)
  me(@CurrentViewer() viewer: Viewer): Promise<UserType> {
    return this.accounts.getUser(viewer.id);
  }

  @Mutation(() => UserType)
  updateProfile(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdateProfileInput): Promise<UserType> {
    return this.accounts.updateProfile(viewer.id, input);
  }

  /** The new session: in the answer for API clients, or only in the httpOnly cookie for the web app. */
  private answer(issued: IssuedToken, inCookie: boolean, context: RequestContext): AuthPayload {
    if (!inCookie) return issued;
    this.cookie.issue(context.res, issued.token);
    return { token: null, user: issued.user };
  }
}
