import { Injectable } from '@nestjs/common';
import { ChangeNotifier, UserId } from '@app/common';

/**
 * Tells other features (matching) that a user's tracked companies or
 * contacts changed, so the user's upcoming events are matched again.
 */
@Injectable()
export class TrackingChanges extends ChangeNotifier<[ownerId: UserId]> {}
