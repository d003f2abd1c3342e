import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '@app/accounts';
import { EventEntity } from './event.entity';
import { FeedItemEntity } from './feed-item.entity';

/** Provenance: which feed items make up a user's event (each item belongs to one event per user). */
@Entity('event_items')
@Index('event_items_event_idx', ['eventId'])
@Index('event_items_item_idx', ['itemId'])
export class EventItemEntity {
  @PrimaryColumn('uuid')
  ownerId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'owner_id' })
  owner?: UserEntity;

  @PrimaryColumn('uuid')
  itemId!: string;

  @ManyToOne(() => FeedItemEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'item_id' })
  item?: FeedItemEntity;

  @Column('uuid')
  eventId!: string;

  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: EventEntity;

  /** Null for the item the event was created from; the duplicate rule's reason for the others. */
  @Column('text', { nullable: true })
  mergeReason!: string | null;

  @Column({ type: 'timestamptz', precision: 3 })
  linkedAt!: Date;
}
