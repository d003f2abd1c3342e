import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { ContactEntity } from '../contacts/contact.entity';
import { InteractionDirection, InteractionKind } from '../enums';
import { OwnedRow } from '@app/accounts';

/** One touch with a contact: a message, a meeting, a connection request. */
@Entity('interactions')
@Index('interactions_owner_contact_occurred_idx', ['ownerId', 'contactId', 'occurredAt'])
export class InteractionEntity extends OwnedRow {
  @Column('uuid')
  contactId!: string;

  @ManyToOne(() => ContactEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contact_id' })
  contact?: ContactEntity;

  @Column({ type: 'enum', enum: InteractionKind, enumName: 'interaction_kind' })
  kind!: InteractionKind;

  @Column({ type: 'enum', enum: InteractionDirection, enumName: 'interaction_direction', default: InteractionDirection.OUTBOUND })
  direction!: InteractionDirection;

  @Column({ type: 'timestamptz', precision: 3 })
  occurredAt!: Date;

  @Column('text', { default: '' })
  notes!: string;

  /** An outbound touch the contact has not answered yet (counts against the anti-pestering budget). */
  @Column('boolean', { default: false })
  awaitingReply!: boolean;
}
