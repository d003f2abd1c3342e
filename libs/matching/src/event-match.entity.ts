import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '@app/accounts';
import { EventEntity } from '@app/ingestion';
import { CompanyEntity, ContactEntity } from '@app/tracking';
import type { Evidence } from './core';
import { MatchKind, MatchRole } from './core';

/** Why one of a user's events concerns one of their tracked people, companies or topics. */
@Entity('event_matches')
@Index('event_matches_owner_event_idx', ['ownerId', 'eventId'])
@Index('event_matches_contact_idx', ['contactId'])
@Index('event_matches_company_idx', ['companyId'])
// Deleting events cascades here by event id alone, which the (owner, event) index cannot serve.
@Index('event_matches_event_idx', ['eventId'])
export class EventMatchEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  ownerId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'owner_id' })
  owner?: UserEntity;

  @Column('uuid')
  eventId!: string;

  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: EventEntity;

  @Column({ type: 'enum', enum: MatchKind, enumName: 'match_kind' })
  kind!: MatchKind;

  @Column({ type: 'enum', enum: MatchRole, enumName: 'match_role' })
  role!: MatchRole;

  @Column('real')
  score!: number;

  @Column('uuid', { nullable: true })
  contactId!: string | null;

  @ManyToOne(() => ContactEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contact_id' })
  contact?: ContactEntity | null;

  @Column('uuid', { nullable: true })
  companyId!: string | null;

  @ManyToOne(() => CompanyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'company_id' })
  company?: CompanyEntity | null;

  /** The matched topic phrase (a target role or interest), for TOPIC matches. */
  @Column('text', { nullable: true })
  topic!: string | null;

  @Column('jsonb')
  evidence!: Evidence[];

  @Column('text')
  reason!: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  matchedAt!: Date;
}
