import { Injectable } from '@nestjs/common';
import { Clock, InvalidInputException, UserId } from '@app/common';
import { effectiveEnd, PlannerService } from '@app/planner';
import { InteractionDirection, InteractionKind, InteractionsService } from '@app/tracking';
import { ChecklistStore } from './checklist-store';
import { FollowUpKind } from './core';
import type { ComputedChecklist } from './follow-ups.reader';
import { FollowUpsService, type FoundItem } from './follow-ups.service';
import { FUTURE_SLACK_MS, MetRecorder } from './met-recorder';

const DAY_MS = 86_400_000;
/** Snoozing further than this is letting go: skip instead. */
const MAX_SNOOZE_DAYS = 366;

/**
 * Completing, skipping and snoozing items. Completing logs the touch
 * through tracking, so the contact's cadence clock resets and the next item
 * is re-timed from it.
 */
@Injectable()
export class FollowUpActions {
  constructor(
    private readonly store: ChecklistStore,
    private readonly followUps: FollowUpsService,
    private readonly meetings: MetRecorder,
    private readonly planner: PlannerService,
    private readonly interactions: InteractionsService,
    private readonly clock: Clock,
  ) {}

  /** Logs the touch the item stands for (at `occurredAt`, or now) and closes it; completing a closed item again changes nothing. */
  async complete(owner: UserId, id: string, occurredAt?: Date): Promise<FoundItem> {
    const now = this.clock.now();
    const at = occurredAt ?? now;
    if (at.getTime() > now.getTime() + FUTURE_SLACK_MS) throw InvalidInputException.field('occurredAt', 'must not be in the future');
    const found = await this.followUps.find(owner, id);
    const { item, checklist } = found;
    if (item.status === 'DONE') return found;
    if (at.getTime() < checklist.event.startsAt.getTime()) throw InvalidInputException.field('occurredAt', 'must be after the event started');

    if (item.kind === FollowUpKind.CONFIRM_ATTENDANCE) {
      await this.planner.setAttendance(owner, checklist.eventId, 'GOING');
    } else if (item.kind === FollowUpKind.RECORD_MET) {
      await this.store.checklists.update({ id: checklist.checklistId, ownerId: owner }, { attendeesRecordedAt: at });
    }
    // The row is claimed first: of two completions racing, only one logs a touch.
    const claimed = await this.claim(owner, found, { status: 'DONE', doneAt: at, snoozedUntil: null, skipReason: null });
    if (claimed && item.contactId && item.logs) {
      try {
        await this.ensureMet(owner, checklist, item.contactId);
        const touch = await this.interactions.log(owner, {
          contactId: item.contactId,
          kind: InteractionKind[item.logs.kind],
          direction: InteractionDirection.OUTBOUND,
          occurredAt: at,
          notes: `Follow-up after “${checklist.event.title}”: ${item.text}`,
          awaitingReply: item.logs.awaitingReply,
        });
        await this.store.items.update({ id: claimed, ownerId: owner }, { interactionId: touch.id });
      } catch (error) {
        await this.store.items.update({ id: claimed, ownerId: owner }, { status: 'OPEN', doneAt: null });
        throw error;
      }
    }
    return this.followUps.find(owner, id);
  }

  async skip(owner: UserId, id: string, reason: string): Promise<FoundItem> {
    const found = await this.followUps.find(owner, id);
    if (found.item.status === 'DONE') throw InvalidInputException.field('id', 'this item is done already');
    await this.claim(owner, found, { status: 'SKIPPED', skipReason: reason, snoozedUntil: null }, true);
    return this.followUps.find(owner, id);
  }

  async snooze(owner: UserId, id: string, until: Date): Promise<FoundItem> {
    const now = this.clock.now();
    if (until.getTime() <= now.getTime()) throw InvalidInputException.field('until', 'must be in the future');
    if (until.getTime() > now.getTime() + MAX_SNOOZE_DAYS * DAY_MS) throw InvalidInputException.field('until', 'must be within a year: skip the item instead');
    const found = await this.followUps.find(owner, id);
    if (found.item.status === 'DONE' || found.item.status === 'SKIPPED')
      throw InvalidInputException.field('id', `this item is ${found.item.status.toLowerCase()} already`);
    await this.claim(owner, found, { status: 'SNOOZED', snoozedUntil: until, skipReason: null }, true);
    return this.followUps.find(owner, id);
  }

  /**
   * Writes the user's decision on an item, creating its row on first use.
   * Without `overwrite`, a row already DONE is left alone and null comes
   * back; otherwise the row's id.
   */
  private async claim(
    owner: UserId,
    { checklist, item }: FoundItem,
    decision: { status: 'DONE' | 'SKIPPED' | 'SNOOZED'; doneAt?: Date | null; snoozedUntil?: Date | null; skipReason?: string | null },
    overwrite = false,
  ): Promise<string | null> {
    const rows: { id: string }[] = await this.store.items.query(
      `INSERT INTO follow_up_items (owner_id, checklist_id, key, kind, contact_id, status, done_at, snoozed_until, skip_reason)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (checklist_id, key) DO UPDATE
          SET status = excluded.status, done_at = excluded.done_at, snoozed_until = excluded.snoozed_until,
              skip_reason = excluded.skip_reason, updated_at = now()
        WHERE $10 OR follow_up_items.status <> 'DONE'
       RETURNING id`,
      [
        owner,
        checklist.checklistId,
        item.key,
        item.kind,
        item.contactId,
        decision.status,
        decision.doneAt ?? null,
        decision.snoozedUntil ?? null,
        decision.skipReason ?? null,
        overwrite,
      ],
    );
    return rows[0]?.id ?? null;
  }

  /** Following up with a suggested person means the user met them: the meeting is logged first, once. */
  private async ensureMet(owner: UserId, checklist: ComputedChecklist, contactId: string): Promise<void> {
    if (checklist.input.met.some((person) => person.contactId === contactId)) return;
    const metAt = new Date(Math.min(effectiveEnd(checklist.event).getTime(), this.clock.now().getTime()));
    await this.meetings.logMeeting(owner, checklist.checklistId, { contactId, metAt, notes: '', topics: [] });
  }
}
