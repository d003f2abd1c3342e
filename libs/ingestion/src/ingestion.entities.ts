import { EventItemEntity } from './catalogue/event-item.entity';
import { EventEntity } from './catalogue/event.entity';
import { FeedItemChangeEntity } from './catalogue/feed-item-change.entity';
import { FeedItemEntity } from './catalogue/feed-item.entity';
import { FeedEntity } from './sources/feed.entity';
import { FeedUploadEntity } from './sources/feed-upload.entity';
import { SourceEntity } from './sources/source.entity';

export const INGESTION_ENTITIES = [FeedEntity, FeedUploadEntity, SourceEntity, FeedItemEntity, FeedItemChangeEntity, EventEntity, EventItemEntity];
