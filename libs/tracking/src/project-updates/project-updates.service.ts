import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Actor, cleanList, Page, PageArgs, UserId } from '@app/common';
import { OwnedRepository, paginate } from '@app/database';
import { ProjectUpdateEntity } from './project-update.entity';
import { CreateProjectUpdateInput, ProjectUpdateFilter, UpdateProjectUpdateInput } from './project-update.type';

/** Today's date where the user lives, as "YYYY-MM-DD". */
export function todayIn(timeZone: string, now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

@Injectable()
export class ProjectUpdatesService {
  readonly updates: OwnedRepository<ProjectUpdateEntity>;

  constructor(@InjectRepository(ProjectUpdateEntity) repository: Repository<ProjectUpdateEntity>) {
    this.updates = new OwnedRepository(repository, 'ProjectUpdate');
  }

  get(owner: UserId, id: string): Promise<ProjectUpdateEntity> {
    return this.updates.get(owner, id);
  }

  list(owner: UserId, page: PageArgs, filter: ProjectUpdateFilter = {}): Promise<Page<ProjectUpdateEntity>> {
    const qb = this.updates.query(owner, 'pu');
    if (filter.tag?.trim()) {
      qb.andWhere('EXISTS (SELECT 1 FROM unnest(pu.tags) tag WHERE lower(tag) = lower(:tag))', { tag: filter.tag.trim() });
    }
    return paginate(qb, page, { direction: 'DESC', keys: ['CAST(pu.occurred_on AS text)', 'pu.created_at', 'pu.id'] });
  }

  create(viewer: Actor, input: CreateProjectUpdateInput): Promise<ProjectUpdateEntity> {
    return this.updates.create(viewer.id, { occurredOn: todayIn(viewer.timeZone), ...this.clean(input) });
  }

  update(owner: UserId, id: string, input: UpdateProjectUpdateInput): Promise<ProjectUpdateEntity> {
    return this.updates.update(owner, id, this.clean(input));
  }

  async delete(owner: UserId, id: string): Promise<string> {
    await this.updates.delete(owner, id);
    return id;
  }

  private clean(input: UpdateProjectUpdateInput): Partial<ProjectUpdateEntity> {
    const { tags, ...rest } = input;
    return {
      ...rest,
      ...(tags !== undefined && { tags: cleanList(tags) }),
    };
  }
}
