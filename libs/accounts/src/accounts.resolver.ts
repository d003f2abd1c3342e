import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { COMPUTED_FIELD_COST, CurrentViewer, Public, RequestContext, Viewer } from '@app/common';
import { AccountsService } from './accounts.service';
import { bearerToken } from './bearer-token';
import { LoginInput, RegisterInput, UpdateProfileInput } from './dto/account.inputs';
import { AuthPayload, UserType } from './dto/user.type';

@Resolver(() => UserType)
export class AccountsResolver {
  constructor(private readonly accounts: AccountsService) {}

  @Public()
  @Mutation(() => AuthPayload, { complexity: COMPUTED_FIELD_COST, description: 'Creates an account and signs it in.' })
  register(@Args('input') input: RegisterInput): Promise<AuthPayload> {
    return this.accounts.register(input.email, input.password, input.timeZone);
  }

  @Public()
  @Mutation(() => AuthPayload, { complexity: COMPUTED_FIELD_COST, description: 'Signs in; each call issues a new token.' })
  login(@Args('input') input: LoginInput): Promise<AuthPayload> {
    return this.accounts.login(input.email, input.password);
  }

  @Mutation(() => Boolean, { description: 'Revokes the token this request was made with.' })
  logout(@Context() context: RequestContext): Promise<boolean> {
    return this.accounts.logout(bearerToken(context.req.headers.authorization) ?? '');
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
