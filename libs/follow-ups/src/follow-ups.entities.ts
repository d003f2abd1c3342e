import { FollowUpChecklistEntity } from './checklist.entity';
import { FollowUpItemEntity } from './item.entity';
import { FollowUpPersonEntity } from './met-person.entity';

export const FOLLOW_UPS_ENTITIES = [FollowUpChecklistEntity, FollowUpPersonEntity, FollowUpItemEntity];
