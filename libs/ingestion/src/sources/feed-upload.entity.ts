import { Column, CreateDateColumn, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { FeedEntity } from './feed.entity';

/**
 * An uploaded calendar waiting to be read. Stored before the import starts
 * and deleted in the transaction that commits it, so an import cut short
 * by a crash is found again and retried.
 */
@Entity('feed_uploads')
export class FeedUploadEntity {
  @PrimaryColumn('uuid')
  feedId!: string;

  @OneToOne(() => FeedEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'feed_id' })
  feed?: FeedEntity;

  @Column('text')
  body!: string;

  @Column('text', { nullable: true })
  contentType!: string | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  receivedAt!: Date;
}
