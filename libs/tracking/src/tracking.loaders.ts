import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { groupInOrder, isUuid, pickInOrder, RequestContext, UserId } from '@app/common';
import { CompaniesService } from './companies/companies.service';
import { CompanyEntity } from './companies/company.entity';
import { ContactEntity } from './contacts/contact.entity';
import { ContactsService } from './contacts/contacts.service';
import { InteractionEntity } from './interactions/interaction.entity';
import { InteractionsService } from './interactions/interactions.service';
import { InterviewEntity } from './interviews/interview.entity';
import { InterviewsService } from './interviews/interviews.service';

/**
 * Batches the nested fields of tracked people and companies into one query
 * per field per request (no N+1). Loaders are per request and per viewer.
 */
@Injectable()
export class TrackingLoaders {
  constructor(
    private readonly companies: CompaniesService,
    private readonly contacts: ContactsService,
    private readonly interviews: InterviewsService,
    private readonly interactions: InteractionsService,
  ) {}

  companyById(ctx: RequestContext, owner: UserId): DataLoader<string, CompanyEntity | null> {
    return ctx.loaders.loader(
      'tracking.companyById',
      () => new DataLoader(async (ids: readonly string[]) => pickInOrder(ids, await this.companies.companies.findByIds(owner, ids))),
    );
  }

  contactById(ctx: RequestContext, owner: UserId): DataLoader<string, ContactEntity | null> {
    return ctx.loaders.loader(
      'tracking.contactById',
      () => new DataLoader(async (ids: readonly string[]) => pickInOrder(ids, await this.contacts.contacts.findByIds(owner, ids))),
    );
  }

  contactsByCompany(ctx: RequestContext, owner: UserId): DataLoader<string, ContactEntity[]> {
    return ctx.loaders.loader(
      'tracking.contactsByCompany',
      () =>
        new DataLoader(async (companyIds: readonly string[]) => {
          const rows = await this.contacts.contacts.repository.find({
            where: { ownerId: owner, companyId: In([...companyIds]) },
            order: { name: 'ASC' },
          });
          return groupInOrder(companyIds, rows, (r) => r.companyId ?? '');
        }),
    );
  }

  interviewsByCompany(ctx: RequestContext, owner: UserId): DataLoader<string, InterviewEntity[]> {
    return ctx.loaders.loader(
      'tracking.interviewsByCompany',
      () =>
        new DataLoader(async (companyIds: readonly string[]) => {
          const rows = await this.interviews.interviews.repository.find({
            where: { ownerId: owner, companyId: In([...companyIds]) },
            order: { occurredAt: 'DESC' },
          });
          return groupInOrder(companyIds, rows, (r) => r.companyId);
        }),
    );
  }

  interviewsByContact(ctx: RequestContext, owner: UserId): DataLoader<string, InterviewEntity[]> {
    return ctx.loaders.loader(
      'tracking.interviewsByContact',
      () =>
        new DataLoader(async (contactIds: readonly string[]) => {
          const links = await this.interviewLinks(owner, 'contact_id', contactIds);
          const byId = new Map((await this.interviews.interviews.findByIds(owner, [...new Set(links.map((l) => l.interview_id))])).map((i) => [i.id, i]));
          const grouped = groupInOrder(contactIds, links, (l) => l.contact_id);
          return grouped.map((group) => group.flatMap((l) => byId.get(l.interview_id) ?? []).sort((a, b) => b.occurredAt.getTime() - a.occurredAt.getTime()));
        }),
    );
  }

  contactsByInterview(ctx: RequestContext, owner: UserId): DataLoader<string, ContactEntity[]> {
    return ctx.loaders.loader(
      'tracking.contactsByInterview',
      () =>
        new DataLoader(async (interviewIds: readonly string[]) => {
          const links = await this.interviewLinks(owner, 'interview_id', interviewIds);
          const byId = new Map((await this.contacts.contacts.findByIds(owner, [...new Set(links.map((l) => l.contact_id))])).map((c) => [c.id, c]));
          const grouped = groupInOrder(interviewIds, links, (l) => l.interview_id);
          return grouped.map((group) => group.flatMap((l) => byId.get(l.contact_id) ?? []).sort((a, b) => a.name.localeCompare(b.name)));
        }),
    );
  }

  /** Rows of the interview-interviewer join table, restricted to the owner's interviews. */
  private interviewLinks(owner: UserId, by: 'contact_id' | 'interview_id', ids: readonly string[]): Promise<{ interview_id: string; contact_id: string }[]> {
    return this.interviews.interviews.repository.manager.query(
      `SELECT ic.interview_id, ic.contact_id FROM interview_contacts ic
         JOIN interviews i ON i.id = ic.interview_id
        WHERE i.owner_id = $1 AND ic.${by} = ANY($2::uuid[])`,
      [owner, ids.filter(isUuid)],
    );
  }

  interactionsByContact(ctx: RequestContext, owner: UserId): DataLoader<string, InteractionEntity[]> {
    return ctx.loaders.loader(
      'tracking.interactionsByContact',
      () =>
        new DataLoader(async (contactIds: readonly string[]) => {
          const rows = await this.interactions.interactions.repository.find({
            where: { ownerId: owner, contactId: In([...contactIds]) },
            order: { occurredAt: 'DESC' },
          });
          return groupInOrder(contactIds, rows, (r) => r.contactId);
        }),
    );
  }
}
