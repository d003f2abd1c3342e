import { EventItemEntity } from './catalogue/entities/event-item.entity';
import { EventEntity } from './catalogue/entities/event.entity';
import { FeedItemChangeEntity } from './catalogue/entities/feed-item-change.entity';
import { FeedItemEntity } from './catalogue/entities/feed-item.entity';
import { FeedEntity } from './sources/feed.entity';
import { FeedUploadEntity } from './sources/feed-upload.entity';
import { SourceEntity } from './sources/source.entity';

export const INGESTION_ENTITIES = [FeedEntity, FeedUploadEntity, SourceEntity, FeedItemEntity, FeedItemChangeEntity, EventEntity, EventItemEntity];
