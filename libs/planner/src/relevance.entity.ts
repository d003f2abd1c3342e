import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '@app/accounts';
import { EventEntity } from '@app/ingestion';

/**
 * How much one of a user's events concerns what they track, from its
 * matches with the planner's ranking weights: a plan reads the few relevant
 * events of a large window (EventReader.rankedInWindow) instead of all of
 * them. Only events with matches have a row; kept by RelevanceService.
 */
@Entity('event_relevance')
// The plan walks a user's events from the most relevant down (scanned backwards).
@Index('event_relevance_owner_rank_idx', ['ownerId', 'relevance', 'eventId'])
export class EventRelevanceEntity {
  /** The key on its own (event ids are unique across owners): deleting an event finds its row by this index. */
  @PrimaryColumn('uuid')
  eventId!: string;

  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: EventEntity;

  @Column('uuid')
  ownerId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'owner_id' })
  owner?: UserEntity;

  /** In [0, 1). */
  @Column('real')
  relevance!: number;
}
