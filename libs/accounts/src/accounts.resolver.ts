import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { COMPUTED_FIELD_COST, CurrentViewer, Public, RequestContext, Viewer } from '@app/common';
import { AccountsService } from './accounts.service';
import { bearerToken } from './bearer-token';
import { ChangePasswordInput, LoginInput, RegisterInput, UpdateProfileInput } from './dto/account.inputs';
import { AuthPayload, UserType } from './dto/user.type';

@Resolver(() => UserType)
export class AccountsResolver {
  constructor(private readonly accounts: AccountsService) {}

  @Public()
  @Mutation(() => AuthPayload, {
    complexity: COMPUTED_FIELD_COST,
    description: 'Creates an account and signs it in. Attempts per client address are limited (TOO_MANY_REQUESTS with extensions.retryAfterSeconds).',
  })
  register(@Args('input') input: RegisterInput, @Context() context: RequestContext): Promise<AuthPayload> {
    return this.accounts.register(input.email, input.password, input.timeZone, context.req.ip ?? '');
  }

  @Public()
  @Mutation(() => AuthPayload, {
    complexity: COMPUTED_FIELD_COST,
    description:
      'Signs in; each call issues a new token. Throttled per client address and per account, with a lock that doubles after repeated wrong passwords (TOO_MANY_REQUESTS with extensions.retryAfterSeconds).',
  })
  login(@Args('input') input: LoginInput, @Context() context: RequestContext): Promise<AuthPayload> {
    return this.accounts.login(input.email, input.password, context.req.ip ?? '');
  }

  @Mutation(() => Boolean, { description: 'Revokes the token this request was made with.' })
  logout(@Context() context: RequestContext): Promise<boolean> {
    return this.accounts.logout(bearerToken(context.req.headers.authorization) ?? '');
  }

  @Mutation(() => AuthPayload, {
    complexity: COMPUTED_FIELD_COST,
    description:
      'Checks your current password (throttled like login), sets the new one and signs out every session: the token in the answer is the only one left.',
  })
  changePassword(@CurrentViewer() viewer: Viewer, @Args('input') input: ChangePasswordInput, @Context() context: RequestContext): Promise<AuthPayload> {
    return this.accounts.changePassword(viewer.id, input.currentPassword, input.newPassword, context.req.ip ?? '');
  }

  @Mutation(() => Boolean, { description: 'Revokes every token of yours, the one this request was made with included.' })
  signOutEverywhere(@CurrentViewer() viewer: Viewer): Promise<boolean> {
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
}
