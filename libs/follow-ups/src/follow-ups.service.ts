import { Injectable } from '@nestjs/common';
import { Clock, isUuid, NotFoundException, UserId } from '@app/common';
import { AttendanceChange, PlannerService } from '@app/planner';
import { ContactsService } from '@app/tracking';
import { ChecklistStore, StoredChecklist } from './checklist-store';
import { ChecklistItem, parseFollowUpItemId } from './core';
import { ComputedChecklist, FollowUpsReader } from './follow-ups.reader';

/** An item found by its id, with the checklist it belongs to. */
export interface FoundItem {
  checklist: ComputedChecklist;
  item: ChecklistItem;
}

/**
 * The user's checklists: created when an attended event ends (or is marked
 * GOING after it ended), read as the reader works them out, and found item
 * by item for the actions (FollowUpActions, MetRecorder).
 */
@Injectable()
export class FollowUpsService {
  constructor(
    private readonly store: ChecklistStore,
    private readonly reader: FollowUpsReader,
    private readonly planner: PlannerService,
    private readonly contacts: ContactsService,
    private readonly clock: Clock,
  ) {}

  /** An attendance decision: GOING or MAYBE on an event that already ended creates its checklist at once (users log past events too). */
  async onAttendance(change: AttendanceChange): Promise<void> {
    if (change.status === 'NOT_GOING' || change.cancelled) return;
    if (change.endedAt.getTime() > this.clock.now().getTime()) return;
    await this.store.createMany([{ ownerId: change.owner, eventId: change.eventId }]);
  }

  /** The user's checklists as stored (for the data export): who they met, their promises and their decisions on items. */
  stored(owner: UserId): Promise<StoredChecklist[]> {
    return this.store.load(owner);
  }

  /** Every checklist worked out now, after checking that the filter's ids are the user's (another user's id is NOT_FOUND, as in every list). */
  async all(owner: UserId, filter: { contactId?: string; eventId?: string } = {}): Promise<ComputedChecklist[]> {
    await Promise.all([
      filter.contactId === undefined ? null : this.contacts.get(owner, filter.contactId, 'filter.contactId'),
      filter.eventId === undefined ? null : this.ownEvent(owner, filter.eventId, 'filter.eventId'),
    ]);
    // A filter by event reads that event's checklist only.
    return (await this.reader.read(owner, this.clock.now(), filter.eventId === undefined ? {} : { eventId: filter.eventId })).computed;
  }

  async checklist(owner: UserId, eventId: string): Promise<ComputedChecklist | null> {
    if (!isUuid(eventId)) throw new NotFoundException('Event', eventId, 'eventId');
    const { computed } = await this.reader.read(owner, this.clock.now(), { eventId });
    if (computed[0]) return computed[0];
    // No checklist (yet): null for the user's own event, NOT_FOUND for anyone else's, as for an unknown id.
    await this.ownEvent(owner, eventId, 'eventId');
    return null;
  }

  private async ownEvent(owner: UserId, eventId: string, field: string): Promise<void> {
    if (!(await this.planner.eventsById(owner, [eventId])).has(eventId)) throw new NotFoundException('Event', eventId, field);
  }

  /** Records whom the user met at an event: contacts for new people, a MET_AT_EVENT touch each, and each promise as its own item. */
  /** The item with this id among the owner's checklists; another user's id is NOT_FOUND like an unknown one. */
  async find(owner: UserId, id: string): Promise<FoundItem> {
    const parsed = parseFollowUpItemId(id);
    if (!parsed || !isUuid(parsed.checklistId)) throw new NotFoundException('FollowUp', id, 'id');
    const { computed } = await this.reader.read(owner, this.clock.now(), { checklistId: parsed.checklistId });
    const checklist = computed[0];
    const item = checklist?.view.items.find((candidate) => candidate.key === parsed.key);
    if (!checklist || !item) throw new NotFoundException('FollowUp', id, 'id');
    return { checklist, item };
  }
}
