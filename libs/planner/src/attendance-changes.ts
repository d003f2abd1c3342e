import { Injectable } from '@nestjs/common';
import { ChangeNotifier, UserId } from '@app/common';
import { Attendance } from './core';

/** An attendance decision as other features see it: the follow-up checklist starts from the ones on events that ended. */
export interface AttendanceChange {
  owner: UserId;
  eventId: string;
  status: Attendance;
  /** The event's end (its start plus the default duration when it has none). */
  endedAt: Date;
  cancelled: boolean;
}

/** Tells other features (the follow-up checklist) that the user decided about an event. */
@Injectable()
export class AttendanceChanges extends ChangeNotifier<[change: AttendanceChange]> {}
