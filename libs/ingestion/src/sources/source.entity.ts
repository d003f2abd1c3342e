import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { UserEntity } from '@app/accounts';
import { FeedEntity } from './feed.entity';

/** A user's subscription to a feed, with the name and interval they chose. */
@Entity('sources')
@Index('sources_owner_feed_key', ['ownerId', 'feedId'], { unique: true })
@Index('sources_feed_idx', ['feedId'])
export class SourceEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  ownerId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'owner_id' })
  owner?: UserEntity;

  @Column('uuid')
  feedId!: string;

  @ManyToOne(() => FeedEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'feed_id' })
  feed?: FeedEntity;

  @Column('text')
  name!: string;

  @Column('int')
  refreshMinutes!: number;

  /** Manual refreshes ("refresh now") are allowed once a minute per source. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  lastManualRefreshAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt!: Date;
}
