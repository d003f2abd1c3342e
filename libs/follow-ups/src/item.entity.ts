import { Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { OwnedRow } from '@app/accounts';
import { ContactEntity, InteractionEntity } from '@app/tracking';
import { FollowUpChecklistEntity } from './checklist.entity';
import { FollowUpKind, type StoredStatus } from './core';

/** The statuses a row stores; OPEN items past due turn STALE on reading. */
export const STORED_STATUSES = ['OPEN', 'DONE', 'SKIPPED', 'SNOOZED'] as const satisfies readonly StoredStatus[];

/**
 * What is stored about one checklist item: a promise made at the event
 * (always a row), or the user's decision on an item the checklist works
 * out from the cadence rules (a row once the user acts on it). Due times
 * and drafts are never stored: they follow the rules and the history.
 */
@Entity('follow_up_items')
@Unique('follow_up_items_checklist_key', ['checklistId', 'key'])
@Index('follow_up_items_owner_idx', ['ownerId', 'checklistId'])
// Deleting a contact or a touch reaches here by its id alone.
@Index('follow_up_items_contact_idx', ['contactId'])
@Index('follow_up_items_interaction_idx', ['interactionId'])
export class FollowUpItemEntity extends OwnedRow {
  @Column('uuid')
  checklistId!: string;

  @ManyToOne(() => FollowUpChecklistEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'checklist_id' })
  checklist?: FollowUpChecklistEntity;

  /** The item's key within its checklist ("<contactId>:LINKEDIN_NOTE"). */
  @Column('text')
  key!: string;

  @Column({ type: 'enum', enum: FollowUpKind, enumName: 'follow_up_kind' })
  kind!: FollowUpKind;

  @Column({ type: 'uuid', nullable: true })
  contactId!: string | null;

  @ManyToOne(() => ContactEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contact_id' })
  contact?: ContactEntity;

  @Column({ type: 'enum', enum: STORED_STATUSES, enumName: 'follow_up_stored_status', default: 'OPEN' })
  status!: StoredStatus;

  /** The promise, for PROMISE items. */
  @Column({ type: 'text', nullable: true })
  text!: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  promisedBy!: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  snoozedUntil!: Date | null;

  @Column({ type: 'text', nullable: true })
  skipReason!: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  doneAt!: Date | null;

  /** The touch completing the item logged: completing again finds it and logs nothing more. */
  @Column({ type: 'uuid', nullable: true })
  interactionId!: string | null;

  @ManyToOne(() => InteractionEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'interaction_id' })
  interaction?: InteractionEntity;
}
