import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, InvalidInputException, Page, PageArgs, RequestContext, Viewer } from '@app/common';
import { CompanyType } from '../companies/company.type';
import { listComplexity, pageComplexity } from '../complexity';
import { InteractionType } from '../interactions/interaction.type';
import { InterviewType } from '../interviews/interview.type';
import { TrackingLoaders } from '../tracking.loaders';
import { ContactEntity } from './contact.entity';
import { CreateContactInput, UpdateContactInput } from './contact.inputs';
import { ContactConnection, ContactFilter, ContactType } from './contact.type';
import { ContactsService } from './contacts.service';

const MAX_NESTED_INTERACTIONS = 200;

@Resolver(() => ContactType)
export class ContactsResolver {
  constructor(
    private readonly service: ContactsService,
    private readonly loaders: TrackingLoaders,
  ) {}

  @Query(() => ContactType)
  contact(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<ContactType> {
    return this.service.get(viewer.id, id);
  }

  @Query(() => ContactConnection, { complexity: pageComplexity })
  contacts(@CurrentViewer() viewer: Viewer, @Args() page: PageArgs, @Args('filter', { nullable: true }) filter?: ContactFilter): Promise<Page<ContactType>> {
    return this.service.list(viewer.id, page, filter);
  }

  @Mutation(() => ContactType)
  createContact(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateContactInput): Promise<ContactType> {
    return this.service.create(viewer.id, input);
  }

  @Mutation(() => ContactType)
  updateContact(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string, @Args('input') input: UpdateContactInput): Promise<ContactType> {
    return this.service.update(viewer.id, id, input);
  }

  @Mutation(() => ID, { description: 'Deletes the contact with its interactions.' })
  deleteContact(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<string> {
    return this.service.delete(viewer.id, id);
  }

  @ResolveField(() => CompanyType, { nullable: true })
  async company(@Parent() contact: ContactEntity, @CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext) {
    return contact.companyId ? this.loaders.companyById(ctx, viewer.id).load(contact.companyId) : null;
  }

  @ResolveField(() => [InteractionType], { complexity: listComplexity, description: 'Newest first.' })
  async interactions(
    @Parent() contact: ContactEntity,
    @CurrentViewer() viewer: Viewer,
    @Context() ctx: RequestContext,
    @Args('limit', { type: () => Int, defaultValue: 50 }) limit: number,
  ) {
    if (limit < 1 || limit > MAX_NESTED_INTERACTIONS) {
      throw InvalidInputException.field('limit', `must be between 1 and ${MAX_NESTED_INTERACTIONS}`);
    }
    return (await this.loaders.interactionsByContact(ctx, viewer.id).load(contact.id)).slice(0, limit);
  }

  @ResolveField(() => [InterviewType], { complexity: listComplexity, description: 'Interviews this contact took part in, newest first.' })
  interviews(@Parent() contact: ContactEntity, @CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext) {
    return this.loaders.interviewsByContact(ctx, viewer.id).load(contact.id);
  }
}
