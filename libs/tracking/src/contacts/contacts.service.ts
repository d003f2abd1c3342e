import { isDeepStrictEqual } from 'node:util';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { cleanList, Page, PageArgs, UserId } from '@app/common';
import { TrackingChanges } from '../tracking-changes';
import { likePattern, OwnedRepository, paginate } from '@app/database';
import { CompaniesService } from '../companies/companies.service';
import { ContactEntity } from './contact.entity';
import { CreateContactInput, UpdateContactInput } from './contact.inputs';
import { ContactFilter } from './contact.type';

/** What matching (names, aliases, company, email, title) and the planner's relevance (role) read of a contact. */
const MATCHED_FIELDS = ['name', 'aliases', 'companyId', 'email', 'title', 'role'] as const satisfies readonly (keyof ContactEntity)[];

@Injectable()
export class ContactsService {
  readonly contacts: OwnedRepository<ContactEntity>;

  constructor(
    @InjectRepository(ContactEntity) repository: Repository<ContactEntity>,
    private readonly companies: CompaniesService,
    private readonly changes: TrackingChanges,
  ) {
    this.contacts = new OwnedRepository(repository, 'Contact');
  }

  get(owner: UserId, id: string, field?: string): Promise<ContactEntity> {
    return this.contacts.get(owner, id, field);
  }

  async list(owner: UserId, page: PageArgs, filter: ContactFilter = {}): Promise<Page<ContactEntity>> {
    const qb = this.contacts.query(owner, 'contact');
    if (filter.companyId !== undefined) {
      // An unknown or foreign company id is NOT_FOUND, not an empty list.
      await this.companies.get(owner, filter.companyId, 'filter.companyId');
      qb.andWhere('contact.company_id = :companyId', { companyId: filter.companyId });
    }
    if (filter.role) qb.andWhere('contact.role = :role', { role: filter.role });
    if (filter.search?.trim()) {
      qb.andWhere(`(contact.name ILIKE :q OR contact.title ILIKE :q OR EXISTS (SELECT 1 FROM unnest(contact.aliases) alias WHERE alias ILIKE :q))`, {
        q: likePattern(filter.search),
      });
    }
    return paginate(qb, page, { direction: 'ASC', keys: ['lower(contact.name)', 'contact.id'] });
  }

  async create(owner: UserId, input: CreateContactInput): Promise<ContactEntity> {
    const contact = await this.contacts.create(owner, await this.clean(owner, input));
    await this.changes.publish(owner);
    return contact;
  }

  async update(owner: UserId, id: string, input: UpdateContactInput): Promise<ContactEntity> {
    const before = await this.contacts.get(owner, id);
    const contact = await this.contacts.update(owner, id, await this.clean(owner, input));
    // Re-matching reads every upcoming event: only worth it when what matching reads changed, not for notes.
    if (MATCHED_FIELDS.some((field) => !isDeepStrictEqual(before[field], contact[field]))) await this.changes.publish(owner);
    return contact;
  }

  async delete(owner: UserId, id: string): Promise<string> {
    await this.contacts.delete(owner, id);
    await this.changes.publish(owner);
    return id;
  }

  private async clean(owner: UserId, input: UpdateContactInput): Promise<Partial<ContactEntity>> {
    const { aliases, interests, companyId, email, ...rest } = input;
    if (companyId) await this.companies.get(owner, companyId, 'input.companyId');
    return {
      ...rest,
      ...(companyId !== undefined && { companyId: companyId || null }),
      ...(email !== undefined && { email: email?.trim().toLowerCase() || null }),
      ...(aliases !== undefined && { aliases: cleanList(aliases) }),
      ...(interests !== undefined && { interests: cleanList(interests) }),
    };
  }
}
