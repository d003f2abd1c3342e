import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { SessionCookie } from '@app/accounts';
import { COMPUTED_FIELD_COST, CurrentViewer, RequestContext, Viewer } from '@app/common';
import { AccountDeletionService } from './account-deletion.service';
import { AccountExportService } from './account-export.service';
import { DeleteAccountInput } from './dto/delete-account.input';

@Resolver()
export class AccountDataResolver {
  constructor(
    private readonly exports: AccountExportService,
    private readonly deletion: AccountDeletionService,
    private readonly cookie: SessionCookie,
  ) {}

  @Query(() => GraphQLJSONObject, {
    complexity: COMPUTED_FIELD_COST,
    description:
      'Everything you entered, as JSON: profile, sessions, companies, contacts, interviews, interactions, project updates, sources, attendance and cadence rules. Events, matches and plans are derived from these and left out.',
  })
  exportMyData(@CurrentViewer() viewer: Viewer): Promise<Record<string, unknown>> {
    return this.exports.export(viewer.id);
  }

  @Mutation(() => Boolean, {
    complexity: COMPUTED_FIELD_COST,
    description: 'Deletes your account and all its data at once, after checking your password (throttled like login). This cannot be undone.',
  })
  async deleteAccount(@CurrentViewer() viewer: Viewer, @Args('input') input: DeleteAccountInput, @Context() context: RequestContext): Promise<boolean> {
    const deleted = await this.deletion.deleteAccount(viewer.id, input.password, context.req.ip ?? '');
    if (context.req.viewerVia === 'cookie') this.cookie.clear(context.res);
    return deleted;
  }
}
