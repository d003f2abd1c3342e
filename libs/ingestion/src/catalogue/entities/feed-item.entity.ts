import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { FeedEntity } from '../../sources/feed.entity';
import { EventColumns } from './event-columns';

/** One event (or occurrence) as one feed lists it; shared by the feed's subscribers. */
@Entity('feed_items')
@Index('feed_items_key', ['feedId', 'uid', 'recurrenceKey'], { unique: true })
@Index('feed_items_feed_start_idx', ['feedId', 'startsAt'])
// Finds the items of one UID across feeds: the catalogue's same-event link.
@Index('feed_items_uid_idx', ['uid', 'recurrenceKey'])
export class FeedItemEntity extends EventColumns {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  feedId!: string;

  @ManyToOne(() => FeedEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'feed_id' })
  feed?: FeedEntity;

  /** The occurrence's recurrence id, or '' for a single event (so the unique key holds). */
  @Column('text', { default: '' })
  recurrenceKey!: string;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  stampedAt!: Date | null;

  /** SHA-256 of the normalised fields: an item whose hash is unchanged is not written. */
  @Column('text')
  contentHash!: string;

  /** Good fetches in a row that did not list it; at 2 it is cancelled as "removed from source". */
  @Column('int', { default: 0 })
  missingCount!: number;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  removedAt!: Date | null;

  @Column({ type: 'timestamptz', precision: 3 })
  firstSeenAt!: Date;

  @Column({ type: 'timestamptz', precision: 3 })
  lastSeenAt!: Date;
}
