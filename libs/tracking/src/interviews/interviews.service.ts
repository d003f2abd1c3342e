import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { cleanList, Page, PageArgs, UserId } from '@app/common';
import { OwnedRepository, paginate } from '@app/database';
import { CompaniesService } from '../companies/companies.service';
import { ContactsService } from '../contacts/contacts.service';
import { InterviewEntity } from './interview.entity';
import { RecordInterviewInput, UpdateInterviewInput } from './interview.inputs';
import { InterviewFilter } from './interview.type';

@Injectable()
export class InterviewsService {
  readonly interviews: OwnedRepository<InterviewEntity>;

  constructor(
    @InjectRepository(InterviewEntity) repository: Repository<InterviewEntity>,
    private readonly companies: CompaniesService,
    private readonly contacts: ContactsService,
  ) {
    this.interviews = new OwnedRepository(repository, 'Interview');
  }

  get(owner: UserId, id: string): Promise<InterviewEntity> {
    return this.interviews.get(owner, id);
  }

  async list(owner: UserId, page: PageArgs, filter: InterviewFilter = {}): Promise<Page<InterviewEntity>> {
    const qb = this.interviews.query(owner, 'interview');
    if (filter.companyId !== undefined) {
      await this.companies.get(owner, filter.companyId, 'filter.companyId');
      qb.andWhere('interview.company_id = :companyId', { companyId: filter.companyId });
    }
    if (filter.contactId !== undefined) {
      await this.contacts.get(owner, filter.contactId, 'filter.contactId');
      qb.andWhere('EXISTS (SELECT 1 FROM interview_contacts ic WHERE ic.interview_id = interview.id AND ic.contact_id = :contactId)', {
        contactId: filter.contactId,
      });
    }
    return paginate(qb, page, { direction: 'DESC', keys: ['interview.occurred_at', 'interview.id'] });
  }

  async record(owner: UserId, input: RecordInterviewInput): Promise<InterviewEntity> {
    return this.interviews.create(owner, await this.clean(owner, input));
  }

  async update(owner: UserId, id: string, input: UpdateInterviewInput): Promise<InterviewEntity> {
    const current = await this.interviews.get(owner, id, undefined, { contacts: true });
    const { contacts, ...fields } = await this.clean(owner, input);
    const updated = this.interviews.repository.merge(current, fields);
    // The given contacts replace the interview's: merge() would only add them to the loaded ones.
    if (contacts !== undefined) updated.contacts = contacts;
    return this.interviews.repository.save(updated);
  }

  async delete(owner: UserId, id: string): Promise<string> {
    await this.interviews.delete(owner, id);
    return id;
  }

  private async clean(owner: UserId, input: UpdateInterviewInput): Promise<Partial<InterviewEntity>> {
    const { companyId, contactIds, topics, questionsAsked, concerns, promises, ...rest } = input;
    if (companyId !== undefined) await this.companies.get(owner, companyId, 'input.companyId');
    const contacts = contactIds !== undefined ? await this.contacts.contacts.getMany(owner, contactIds, 'input.contactIds') : undefined;
    return {
      ...rest,
      ...(companyId !== undefined && { companyId }),
      ...(contacts !== undefined && { contacts }),
      ...(topics !== undefined && { topics: cleanList(topics) }),
      ...(questionsAsked !== undefined && { questionsAsked: cleanList(questionsAsked) }),
      ...(concerns !== undefined && { concerns: cleanList(concerns) }),
      ...(promises !== undefined && { promises: cleanList(promises) }),
    };
  }
}
