import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Page, PageArgs, RequestContext, Viewer } from '@app/common';
import { pageComplexity } from '../complexity';
import { ContactType } from '../contacts/contact.type';
import { TrackingLoaders } from '../tracking.loaders';
import { InteractionEntity } from './interaction.entity';
import { LogInteractionInput, UpdateInteractionInput } from './interaction.inputs';
import { InteractionConnection, InteractionFilter, InteractionType } from './interaction.type';
import { InteractionsService } from './interactions.service';

@Resolver(() => InteractionType)
export class InteractionsResolver {
  constructor(
    private readonly service: InteractionsService,
    private readonly loaders: TrackingLoaders,
  ) {}

  @Query(() => InteractionType)
  interaction(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<InteractionType> {
    return this.service.get(viewer.id, id);
  }

  @Query(() => InteractionConnection, { complexity: pageComplexity, description: 'Newest first.' })
  interactions(
    @CurrentViewer() viewer: Viewer,
    @Args() page: PageArgs,
    @Args('filter', { nullable: true }) filter?: InteractionFilter,
  ): Promise<Page<InteractionType>> {
    return this.service.list(viewer.id, page, filter);
  }

  @Mutation(() => InteractionType, { description: 'Records a touch. Nothing is ever sent: this only logs what the user did.' })
  logInteraction(@CurrentViewer() viewer: Viewer, @Args('input') input: LogInteractionInput): Promise<InteractionType> {
    return this.service.log(viewer.id, input);
  }

  @Mutation(() => InteractionType)
  updateInteraction(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateInteractionInput,
  ): Promise<InteractionType> {
    return this.service.update(viewer.id, id, input);
  }

  @Mutation(() => ID)
  deleteInteraction(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<string> {
    return this.service.delete(viewer.id, id);
  }

  @ResolveField(() => ContactType)
  contact(@Parent() interaction: InteractionEntity, @CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext) {
    return this.loaders.contactById(ctx, viewer.id).load(interaction.contactId);
  }
}
