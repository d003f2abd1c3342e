import { Injectable } from '@nestjs/common';
import { ChangeNotifier, UserId } from '@app/common';

/** Tells other features (the planner's relevance) which events' matches were just rewritten. */
@Injectable()
export class MatchingChanges extends ChangeNotifier<[owner: UserId, eventIds: readonly string[]]> {}
