import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { cleanList, Clock, InvalidInputException, isUuid, NotFoundException, UserId } from '@app/common';
import { AttendanceChange, effectiveEnd, PlannerService } from '@app/planner';
import { CompaniesService, ContactsService, InteractionDirection, InteractionKind, InteractionsService } from '@app/tracking';
import { ChecklistStore, StoredChecklist } from './checklist-store';
import { ChecklistItem, FollowUpKind, parseFollowUpItemId } from './core';
import type { RecordMetInput } from './follow-up.inputs';
import { ComputedChecklist, FollowUpsReader } from './follow-ups.reader';

const DAY_MS = 86_400_000;
/** Snoozing further than this is letting go: skip instead. */
const MAX_SNOOZE_DAYS = 366;
/** A completion time this far ahead of the clock is a typo, not a plan. */
const FUTURE_SLACK_MS = 5 * 60_000;

/** An item found by its id, with the checklist it belongs to. */
export interface FoundItem {
  checklist: ComputedChecklist;
  item: ChecklistItem;
}

/**
 * Acting on checklists: creating them when an attended event ends,
 * recording whom the user met, and completing, skipping or snoozing items.
 * Completing logs the touch through tracking, so the contact's cadence
 * clock resets and the next item is re-timed from it.
 */
@Injectable()
export class FollowUpsService {
  constructor(
    private readonly store: ChecklistStore,
    private readonly reader: FollowUpsReader,
    private readonly planner: PlannerService,
    private readonly contacts: ContactsService,
    private readonly companies: CompaniesService,
    private readonly interactions: InteractionsService,
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
    return (await this.reader.read(owner, this.clock.now())).computed;
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
  async recordMet(owner: UserId, input: RecordMetInput): Promise<ComputedChecklist> {
    const now = this.clock.now();
    const event = await this.planner.eventsById(owner, [input.eventId]).then((found) => found.get(input.eventId));
    if (!event) throw new NotFoundException('Event', input.eventId, 'input.eventId');
    const ended = effectiveEnd(event);
    if (ended.getTime() > now.getTime()) {
      throw InvalidInputException.field(
        'input.eventId',
        `the event has not ended yet: its checklist starts when it ends (${ended.toISOString()}); record whom you met then`,
      );
    }
    const metAt = input.metAt ?? ended;
    if (metAt.getTime() > now.getTime() + FUTURE_SLACK_MS) throw InvalidInputException.field('input.metAt', 'must not be in the future');
    // Everything is checked before anything is written: bad input loses nothing and creates nothing.
    const tracked = await this.contacts.contacts.getMany(owner, input.contactIds ?? [], 'input.contactIds');

    // Meeting people at an event means going: the planner's attendance and this checklist follow.
    await this.planner.setAttendance(owner, event.id, 'GOING');
    await this.store.createMany([{ ownerId: owner, eventId: event.id }]);
    const [stored] = await this.store.load(owner, { eventId: event.id });
    const checklist = stored.checklist;
    const known = new Map(stored.people.map((person) => [person.contactId, person]));

    const people: { contactId: string; notes: string; topics: string[]; promises: string[] }[] = tracked.map((contact) => ({
      contactId: contact.id,
      notes: input.notes ?? '',
      topics: input.topics ?? [],
      promises: input.promises ?? [],
    }));
    for (const person of input.newPeople ?? []) {
      const company = person.companyName ? await this.companies.findOrCreateByName(owner, person.companyName) : null;
      const contact = await this.contacts.create(owner, {
        name: person.name,
        title: person.title ?? null,
        companyId: company?.id ?? null,
        email: person.email ?? null,
        linkedinUrl: person.linkedinUrl ?? null,
        notes: person.notes ?? '',
      });
      people.push({
        contactId: contact.id,
        notes: [input.notes, person.notes].filter(Boolean).join('\n'),
        topics: [...(input.topics ?? []), ...(person.topics ?? [])],
        promises: [...(input.promises ?? []), ...(person.promises ?? [])],
      });
    }

    for (const person of people) {
      if (!known.has(person.contactId)) {
        const topics = cleanList(person.topics);
        const notes = [person.notes, topics.length ? `Talked about: ${topics.join('; ')}` : '', ...person.promises.map((promise) => `Promised: ${promise}`)]
          .filter(Boolean)
          .join('\n');
        const meeting = await this.interactions.log(owner, {
          contactId: person.contactId,
          kind: InteractionKind.MET_AT_EVENT,
          direction: InteractionDirection.OUTBOUND,
          occurredAt: metAt,
          notes,
          awaitingReply: false,
        });
        await this.store.people.insert({ checklistId: checklist.id, contactId: person.contactId, ownerId: owner, meetingId: meeting.id, metAt, topics });
      }
      await this.addPromises(owner, checklist.id, person.contactId, person.promises, input.promisedBy ?? null);
    }
    if (!checklist.attendeesRecordedAt) await this.store.checklists.update({ id: checklist.id, ownerId: owner }, { attendeesRecordedAt: now });
    const found = await this.checklist(owner, event.id);
    // Checked above: the event has ended and is now GOING, so its checklist shows.
    if (!found) throw new NotFoundException('Event', event.id, 'input.eventId');
    return found;
  }

  /** Logs the touch the item stands for (at `occurredAt`, or now) and closes it; completing a closed item again changes nothing. */
  async complete(owner: UserId, id: string, occurredAt?: Date): Promise<FoundItem> {
    const now = this.clock.now();
    const at = occurredAt ?? now;
    if (at.getTime() > now.getTime() + FUTURE_SLACK_MS) throw InvalidInputException.field('occurredAt', 'must not be in the future');
    const found = await this.find(owner, id);
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
    return this.find(owner, id);
  }

  async skip(owner: UserId, id: string, reason: string): Promise<FoundItem> {
    const found = await this.find(owner, id);
    if (found.item.status === 'DONE') throw InvalidInputException.field('id', 'this item is done already');
    await this.claim(owner, found, { status: 'SKIPPED', skipReason: reason, snoozedUntil: null }, true);
    return this.find(owner, id);
  }

  async snooze(owner: UserId, id: string, until: Date): Promise<FoundItem> {
    const now = this.clock.now();
    if (until.getTime() <= now.getTime()) throw InvalidInputException.field('until', 'must be in the future');
    if (until.getTime() > now.getTime() + MAX_SNOOZE_DAYS * DAY_MS) throw InvalidInputException.field('until', 'must be within a year: skip the item instead');
    const found = await this.find(owner, id);
    if (found.item.status === 'DONE' || found.item.status === 'SKIPPED')
      throw InvalidInputException.field('id', `this item is ${found.item.status.toLowerCase()} already`);
    await this.claim(owner, found, { status: 'SNOOZED', snoozedUntil: until, skipReason: null }, true);
    return this.find(owner, id);
  }

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
    const meeting = await this.interactions.log(owner, {
      contactId,
      kind: InteractionKind.MET_AT_EVENT,
      direction: InteractionDirection.OUTBOUND,
      occurredAt: metAt,
      notes: '',
      awaitingReply: false,
    });
    await this.store.people
      .createQueryBuilder()
      .insert()
      .values({ checklistId: checklist.checklistId, contactId, ownerId: owner, meetingId: meeting.id, metAt })
      .orIgnore()
      .execute();
  }

  private async addPromises(owner: UserId, checklistId: string, contactId: string, promises: readonly string[], promisedBy: Date | null): Promise<void> {
    const rows = [...new Set(promises.map((text) => text.trim()).filter(Boolean))].map((text) => ({
      ownerId: owner,
      checklistId,
      // The same promise recorded twice is one item.
      key: `${contactId}:PROMISE:${createHash('sha1').update(text.toLowerCase()).digest('hex').slice(0, 12)}`,
      kind: FollowUpKind.PROMISE,
      contactId,
      text,
      promisedBy,
    }));
    if (rows.length) await this.store.items.createQueryBuilder().insert().values(rows).orIgnore().execute();
  }
}
