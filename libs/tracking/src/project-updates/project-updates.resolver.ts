import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Page, PageArgs, Viewer } from '@app/common';
import { pageComplexity } from '../complexity';
import { CreateProjectUpdateInput, ProjectUpdateConnection, ProjectUpdateFilter, ProjectUpdateType, UpdateProjectUpdateInput } from './project-update.type';
import { ProjectUpdatesService } from './project-updates.service';

@Resolver(() => ProjectUpdateType)
export class ProjectUpdatesResolver {
  constructor(private readonly service: ProjectUpdatesService) {}

  @Query(() => ProjectUpdateType)
  projectUpdate(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<ProjectUpdateType> {
    return this.service.get(viewer.id, id);
  }

  @Query(() => ProjectUpdateConnection, { complexity: pageComplexity, description: 'Newest first.' })
  projectUpdates(
    @CurrentViewer() viewer: Viewer,
    @Args() page: PageArgs,
    @Args('filter', { nullable: true }) filter?: ProjectUpdateFilter,
  ): Promise<Page<ProjectUpdateType>> {
    return this.service.list(viewer.id, page, filter);
  }

  @Mutation(() => ProjectUpdateType)
  createProjectUpdate(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateProjectUpdateInput): Promise<ProjectUpdateType> {
    return this.service.create(viewer, input);
  }

  @Mutation(() => ProjectUpdateType)
  updateProjectUpdate(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateProjectUpdateInput,
  ): Promise<ProjectUpdateType> {
    return this.service.update(viewer.id, id, input);
  }

  @Mutation(() => ID)
  deleteProjectUpdate(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<string> {
    return this.service.delete(viewer.id, id);
  }
}
