import { EventAttendanceEntity } from './attendance.entity';
import { EventRelevanceEntity } from './relevance.entity';

export const PLANNER_ENTITIES = [EventAttendanceEntity, EventRelevanceEntity];
