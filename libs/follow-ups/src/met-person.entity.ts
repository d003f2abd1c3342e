import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '@app/accounts';
import { ContactEntity, InteractionEntity } from '@app/tracking';
import { FollowUpChecklistEntity } from './checklist.entity';

/** Someone the user recorded as met at a checklist's event, with the MET_AT_EVENT touch logged for it. */
@Entity('follow_up_people')
@Index('follow_up_people_owner_idx', ['ownerId', 'checklistId'])
// Deleting a contact or a touch cascades here by its id alone.
@Index('follow_up_people_contact_idx', ['contactId'])
@Index('follow_up_people_meeting_idx', ['meetingId'])
export class FollowUpPersonEntity {
  @PrimaryColumn('uuid')
  checklistId!: string;

  @ManyToOne(() => FollowUpChecklistEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'checklist_id' })
  checklist?: FollowUpChecklistEntity;

  @PrimaryColumn('uuid')
  contactId!: string;

  @ManyToOne(() => ContactEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contact_id' })
  contact?: ContactEntity;

  @Column('uuid')
  ownerId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'owner_id' })
  owner?: UserEntity;

  /** The meeting as a touch: deleting it from the timeline takes the person off the checklist. */
  @Column('uuid')
  meetingId!: string;

  @ManyToOne(() => InteractionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id' })
  meeting?: InteractionEntity;

  @Column({ type: 'timestamptz', precision: 3 })
  metAt!: Date;

  /** What they talked about, as short phrases ("cold starts at the edge"). */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  topics!: string[];

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
