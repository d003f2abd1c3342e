import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Page, PageArgs, UserId } from '@app/common';
import { OwnedRepository, paginate } from '@app/database';
import { ContactsService } from '../contacts/contacts.service';
import { InteractionEntity } from './interaction.entity';
import { LogInteractionInput, UpdateInteractionInput } from './interaction.inputs';
import { InteractionFilter } from './interaction.type';

@Injectable()
export class InteractionsService {
  readonly interactions: OwnedRepository<InteractionEntity>;

  constructor(
    @InjectRepository(InteractionEntity) repository: Repository<InteractionEntity>,
    private readonly contacts: ContactsService,
  ) {
    this.interactions = new OwnedRepository(repository, 'Interaction');
  }

  get(owner: UserId, id: string): Promise<InteractionEntity> {
    return this.interactions.get(owner, id);
  }

  async list(owner: UserId, page: PageArgs, filter: InteractionFilter = {}): Promise<Page<InteractionEntity>> {
    const qb = this.interactions.query(owner, 'interaction');
    if (filter.contactId !== undefined) {
      await this.contacts.get(owner, filter.contactId, 'filter.contactId');
      qb.andWhere('interaction.contact_id = :contactId', { contactId: filter.contactId });
    }
    if (filter.kind) qb.andWhere('interaction.kind = :kind', { kind: filter.kind });
    if (filter.awaitingReply !== undefined) qb.andWhere('interaction.awaiting_reply = :awaiting', { awaiting: filter.awaitingReply });
    return paginate(qb, page, { direction: 'DESC', keys: ['interaction.occurred_at', 'interaction.id'] });
  }

  async log(owner: UserId, input: LogInteractionInput): Promise<InteractionEntity> {
    await this.contacts.get(owner, input.contactId, 'input.contactId');
    return this.interactions.create(owner, input);
  }

  update(owner: UserId, id: string, input: UpdateInteractionInput): Promise<InteractionEntity> {
    return this.interactions.update(owner, id, input);
  }

  async delete(owner: UserId, id: string): Promise<string> {
    await this.interactions.delete(owner, id);
    return id;
  }
}
