import { EventItemEntity } from './catalogue/event-item.entity';
import { EventEntity } from './catalogue/event.entity';
import { FeedItemChangeEntity } from './catalogue/feed-item-change.entity';
import { FeedItemEntity } from './catalogue/feed-item.entity';
import { FeedEntity } from './sources/feed.entity';
import { SourceEntity } from './sources/source.entity';

export const INGESTION_ENTITIES = [FeedEntity, SourceEntity, FeedItemEntity, FeedItemChangeEntity, EventEntity, EventItemEntity];
