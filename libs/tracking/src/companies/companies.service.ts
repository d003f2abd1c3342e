import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { cleanList, InvalidInputException, Page, PageArgs, UserId } from '@app/common';
import { TrackingChanges } from '../tracking-changes';
import { isUniqueViolation, likePattern, OwnedRepository, paginate } from '@app/database';
import { CompanyEntity } from './company.entity';
import { CreateCompanyInput, UpdateCompanyInput } from './company.inputs';
import { CompanyFilter } from './company.type';

@Injectable()
export class CompaniesService {
  readonly companies: OwnedRepository<CompanyEntity>;

  constructor(
    @InjectRepository(CompanyEntity) repository: Repository<CompanyEntity>,
    private readonly changes: TrackingChanges,
  ) {
    this.companies = new OwnedRepository(repository, 'Company');
  }

  get(owner: UserId, id: string, field?: string): Promise<CompanyEntity> {
    return this.companies.get(owner, id, field);
  }

  list(owner: UserId, page: PageArgs, filter: CompanyFilter = {}): Promise<Page<CompanyEntity>> {
    const qb = this.companies.query(owner, 'company');
    if (filter.status) qb.andWhere('company.status = :status', { status: filter.status });
    if (filter.search?.trim()) {
      qb.andWhere(`(company.name ILIKE :q OR EXISTS (SELECT 1 FROM unnest(company.aliases) alias WHERE alias ILIKE :q))`, {
        q: likePattern(filter.search),
      });
    }
    return paginate(qb, page, { direction: 'ASC', keys: ['lower(company.name)', 'company.id'] });
  }

  async create(owner: UserId, input: CreateCompanyInput): Promise<CompanyEntity> {
    const company = await this.uniqueName(() => this.companies.create(owner, this.clean(input)));
    await this.changes.publish(owner);
    return company;
  }

  /** The company the user tracks under this name (case-insensitively), created when there is none: people met at events bring their company along. */
  async findOrCreateByName(owner: UserId, name: string): Promise<CompanyEntity> {
    const find = () => this.companies.query(owner, 'company').andWhere('lower(company.name) = lower(:name)', { name }).getOne();
    const found = await find();
    if (found) return found;
    try {
      return await this.create(owner, { name });
    } catch (error) {
      // Created meanwhile by a concurrent request: that one is it.
      const created = await find();
      if (created) return created;
      throw error;
    }
  }

  async update(owner: UserId, id: string, input: UpdateCompanyInput): Promise<CompanyEntity> {
    const company = await this.uniqueName(() => this.companies.update(owner, id, this.clean(input)));
    await this.changes.publish(owner);
    return company;
  }

  async delete(owner: UserId, id: string): Promise<string> {
    await this.companies.delete(owner, id);
    await this.changes.publish(owner);
    return id;
  }

  private clean(input: UpdateCompanyInput): Partial<CompanyEntity> {
    const { aliases, domains, ...rest } = input;
    return {
      ...rest,
      ...(aliases !== undefined && { aliases: cleanList(aliases) }),
      ...(domains !== undefined && { domains: cleanList(domains) }),
    };
  }

  private async uniqueName(write: () => Promise<CompanyEntity>): Promise<CompanyEntity> {
    try {
      return await write();
    } catch (error) {
      if (isUniqueViolation(error, 'companies_owner_name_key')) {
        throw InvalidInputException.field('input.name', 'you already track a company with this name');
      }
      throw error;
    }
  }
}
