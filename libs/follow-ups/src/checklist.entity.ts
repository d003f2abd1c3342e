import { Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { OwnedRow } from '@app/accounts';
import { EventEntity } from '@app/ingestion';

/**
 * A user's checklist for one event they went to: created once, when the
 * event ends (the sweep) or when the user marks an ended event GOING. The
 * unique key is what makes "once" hold with any number of workers.
 */
@Entity('follow_up_checklists')
@Unique('follow_up_checklists_owner_event_key', ['ownerId', 'eventId'])
// Deleting an event cascades here by event id alone.
@Index('follow_up_checklists_event_idx', ['eventId'])
export class FollowUpChecklistEntity extends OwnedRow {
  /** Catalogue events are one row per occurrence, so (owner, event) is once per occurrence. */
  @Column('uuid')
  eventId!: string;

  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: EventEntity;

  /** When the user recorded whom they met (recordMet, or "nobody else" on the item); until then the first item asks. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  attendeesRecordedAt!: Date | null;
}
