import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { UserEntity } from '@app/accounts';
import { EventColumns } from './event-columns';

/**
 * An event in one user's catalogue: one real-world event, merged field by
 * field from the feed items of that user's sources that list it. Per user,
 * so one user's private calendar never shows in another user's events.
 */
@Entity('events')
@Index('events_owner_start_idx', ['ownerId', 'startsAt', 'id'])
export class EventEntity extends EventColumns {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  ownerId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'owner_id' })
  owner?: UserEntity;

  @Column('text', { nullable: true })
  recurrenceId!: string | null;

  /** Why items from different sources (or UIDs) were merged into this event. */
  @Column('text', { array: true, default: () => "'{}'" })
  mergeReasons!: string[];

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt!: Date;
}
