import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { cleanList, Clock, InvalidInputException, NotFoundException, UserId } from '@app/common';
import { effectiveEnd, PlannerService } from '@app/planner';
import { CompaniesService, ContactsService, InteractionDirection, InteractionKind, InteractionsService } from '@app/tracking';
import { ChecklistStore } from './checklist-store';
import { FollowUpKind } from './core';
import type { RecordMetInput } from './follow-up.inputs';
import type { ComputedChecklist } from './follow-ups.reader';
import { FollowUpsService } from './follow-ups.service';

/** A completion or meeting time this far ahead of the clock is a typo, not a plan. */
export const FUTURE_SLACK_MS = 5 * 60_000;

/** A person met at an event, as recorded. */
export interface Meeting {
  contactId: string;
  metAt: Date;
  notes: string;
  topics: readonly string[];
  promises: readonly string[];
}

/**
 * Recording whom the user met at an event: new people become contacts (at
 * their company, found or created), each person gets one MET_AT_EVENT touch
 * on their timeline, and each promise becomes its own checklist item.
 */
@Injectable()
export class MetRecorder {
  constructor(
    private readonly store: ChecklistStore,
    private readonly followUps: FollowUpsService,
    private readonly planner: PlannerService,
    private readonly contacts: ContactsService,
    private readonly companies: CompaniesService,
    private readonly interactions: InteractionsService,
    private readonly clock: Clock,
  ) {}

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
      const already = known.get(person.contactId);
      if (!already) {
        await this.logMeeting(owner, checklist.id, { ...person, metAt });
      } else if (person.topics.length) {
        // Recorded again with more to say: the meeting stays one, its topics grow.
        const topics = cleanList([...already.topics, ...person.topics]);
        await this.store.people.update({ checklistId: checklist.id, contactId: person.contactId, ownerId: owner }, { topics });
      }
      await this.addPromises(owner, checklist.id, person.contactId, person.promises, input.promisedBy ?? null);
    }
    if (!checklist.attendeesRecordedAt) await this.store.checklists.update({ id: checklist.id, ownerId: owner }, { attendeesRecordedAt: now });
    const found = await this.followUps.checklist(owner, event.id);
    // Checked above: the event has ended and is now GOING, so its checklist shows.
    if (!found) throw new NotFoundException('Event', event.id, 'input.eventId');
    return found;
  }

  /** The meeting as a touch on the person's timeline, and the person on the checklist (once: a second call for them is a no-op). */
  async logMeeting(owner: UserId, checklistId: string, meeting: Omit<Meeting, 'promises'> & { promises?: readonly string[] }): Promise<void> {
    const topics = cleanList([...meeting.topics]);
    const notes = [
      meeting.notes,
      topics.length ? `Talked about: ${topics.join('; ')}` : '',
      ...(meeting.promises ?? []).map((promise) => `Promised: ${promise}`),
    ]
      .filter(Boolean)
      .join('\n');
    const logged = await this.interactions.log(owner, {
      contactId: meeting.contactId,
      kind: InteractionKind.MET_AT_EVENT,
      direction: InteractionDirection.OUTBOUND,
      occurredAt: meeting.metAt,
      notes,
      awaitingReply: false,
    });
    await this.store.people
      .createQueryBuilder()
      .insert()
      .values({ checklistId, contactId: meeting.contactId, ownerId: owner, meetingId: logged.id, metAt: meeting.metAt, topics })
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
