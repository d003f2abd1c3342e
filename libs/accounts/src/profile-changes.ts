import { Injectable } from '@nestjs/common';
import { ChangeNotifier, UserId } from '@app/common';

/** Tells other features (matching) that a user's target roles or interests changed. */
@Injectable()
export class ProfileChanges extends ChangeNotifier<[userId: UserId]> {}
