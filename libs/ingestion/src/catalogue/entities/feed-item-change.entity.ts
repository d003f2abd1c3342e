import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { EventStatus } from '@app/event-model';
import { EventChangeKind } from '../../sources/source.enums';
import { FeedItemEntity } from './feed-item.entity';

/** A move or cancellation, kept so digests can report it later. */
@Entity('feed_item_changes')
@Index('feed_item_changes_item_idx', ['itemId', 'detectedAt'])
export class FeedItemChangeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  itemId!: string;

  @ManyToOne(() => FeedItemEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'item_id' })
  item?: FeedItemEntity;

  @Column({ type: 'enum', enum: EventChangeKind, enumName: 'event_change_kind' })
  kind!: EventChangeKind;

  @Column('text', { nullable: true })
  oldStart!: string | null;

  @Column('text', { nullable: true })
  newStart!: string | null;

  @Column('text', { nullable: true })
  oldEnd!: string | null;

  @Column('text', { nullable: true })
  newEnd!: string | null;

  @Column({ type: 'enum', enum: EventStatus, enumName: 'event_status', nullable: true })
  oldStatus!: EventStatus | null;

  @Column({ type: 'enum', enum: EventStatus, enumName: 'event_status', nullable: true })
  newStatus!: EventStatus | null;

  @Column('text', { nullable: true })
  reason!: string | null;

  @Column({ type: 'timestamptz', precision: 3 })
  detectedAt!: Date;
}
