import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Page, PageArgs, RequestContext, Viewer } from '@app/common';
import { CompanyType } from '../companies/company.type';
import { listComplexity, pageComplexity } from '../complexity';
import { ContactType } from '../contacts/contact.type';
import { TrackingLoaders } from '../tracking.loaders';
import { InterviewEntity } from './interview.entity';
import { RecordInterviewInput, UpdateInterviewInput } from './interview.inputs';
import { InterviewConnection, InterviewFilter, InterviewType } from './interview.type';
import { InterviewsService } from './interviews.service';

@Resolver(() => InterviewType)
export class InterviewsResolver {
  constructor(
    private readonly service: InterviewsService,
    private readonly loaders: TrackingLoaders,
  ) {}

  @Query(() => InterviewType)
  interview(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<InterviewType> {
    return this.service.get(viewer.id, id);
  }

  @Query(() => InterviewConnection, { complexity: pageComplexity, description: 'Newest first.' })
  interviews(
    @CurrentViewer() viewer: Viewer,
    @Args() page: PageArgs,
    @Args('filter', { nullable: true }) filter?: InterviewFilter,
  ): Promise<Page<InterviewType>> {
    return this.service.list(viewer.id, page, filter);
  }

  @Mutation(() => InterviewType)
  recordInterview(@CurrentViewer() viewer: Viewer, @Args('input') input: RecordInterviewInput): Promise<InterviewType> {
    return this.service.record(viewer.id, input);
  }

  @Mutation(() => InterviewType)
  updateInterview(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateInterviewInput,
  ): Promise<InterviewType> {
    return this.service.update(viewer.id, id, input);
  }

  @Mutation(() => ID)
  deleteInterview(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<string> {
    return this.service.delete(viewer.id, id);
  }

  @ResolveField(() => CompanyType)
  company(@Parent() interview: InterviewEntity, @CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext) {
    return this.loaders.companyById(ctx, viewer.id).load(interview.companyId);
  }

  @ResolveField(() => [ContactType], { complexity: listComplexity, description: 'The interviewers.' })
  contacts(@Parent() interview: InterviewEntity, @CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext) {
    return this.loaders.contactsByInterview(ctx, viewer.id).load(interview.id);
  }
}
