import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Page, PageArgs, RequestContext, Viewer } from '@app/common';
import { listComplexity, pageComplexity } from '../complexity';
import { ContactType } from '../contacts/contact.type';
import { InterviewType } from '../interviews/interview.type';
import { TrackingLoaders } from '../tracking.loaders';
import { CompaniesService } from './companies.service';
import { CompanyEntity } from './company.entity';
import { CreateCompanyInput, UpdateCompanyInput } from './company.inputs';
import { CompanyConnection, CompanyFilter, CompanyType } from './company.type';

@Resolver(() => CompanyType)
export class CompaniesResolver {
  constructor(
    private readonly service: CompaniesService,
    private readonly loaders: TrackingLoaders,
  ) {}

  @Query(() => CompanyType)
  company(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<CompanyType> {
    return this.service.get(viewer.id, id);
  }

  @Query(() => CompanyConnection, { complexity: pageComplexity })
  companies(@CurrentViewer() viewer: Viewer, @Args() page: PageArgs, @Args('filter', { nullable: true }) filter?: CompanyFilter): Promise<Page<CompanyType>> {
    return this.service.list(viewer.id, page, filter);
  }

  @Mutation(() => CompanyType)
  createCompany(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateCompanyInput): Promise<CompanyType> {
    return this.service.create(viewer.id, input);
  }

  @Mutation(() => CompanyType)
  updateCompany(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string, @Args('input') input: UpdateCompanyInput): Promise<CompanyType> {
    return this.service.update(viewer.id, id, input);
  }

  @Mutation(() => ID, { description: 'Deletes the company and its interviews; its contacts stay, without a company.' })
  deleteCompany(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<string> {
    return this.service.delete(viewer.id, id);
  }

  @ResolveField(() => [ContactType], { complexity: listComplexity })
  contacts(@Parent() company: CompanyEntity, @CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext) {
    return this.loaders.contactsByCompany(ctx, viewer.id).load(company.id);
  }

  @ResolveField(() => [InterviewType], { complexity: listComplexity })
  interviews(@Parent() company: CompanyEntity, @CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext) {
    return this.loaders.interviewsByCompany(ctx, viewer.id).load(company.id);
  }
}
