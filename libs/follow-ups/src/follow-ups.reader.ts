import { Injectable } from '@nestjs/common';
import { UserId } from '@app/common';
import { effectiveEnd, indexContacts, meetListFor, PlannerData, PlannerEvent, PlannerMatch, Relationships, TouchClaim, touchEngine } from '@app/planner';
import { ChecklistScope, ChecklistStore, StoredChecklist } from './checklist-store';
import { ChecklistInput, checklistItems, ChecklistView, StoredItem, touchClaims } from './core';
import type { FollowUpItemEntity } from './item.entity';

/** One checklist worked out now: its event as the planner sees it, and its items. */
export interface ComputedChecklist {
  checklistId: string;
  eventId: string;
  createdAt: Date;
  event: PlannerEvent;
  input: ChecklistInput;
  view: ChecklistView;
}

/** What a computation needs besides the user's relationships, read in a fixed number of statements. */
export interface LoadedChecklists {
  now: Date;
  stored: StoredChecklist[];
  events: Map<string, PlannerEvent>;
  matches: PlannerMatch[];
}

function toStoredItem(row: FollowUpItemEntity): StoredItem {
  return {
    key: row.key,
    kind: row.kind,
    contactId: row.contactId,
    status: row.status,
    text: row.text,
    promisedBy: row.promisedBy,
    snoozedUntil: row.snoozedUntil,
    skipReason: row.skipReason,
    doneAt: row.doneAt,
    createdAt: row.createdAt,
  };
}

/**
 * The one place the open follow-up items come from: the checklists' API,
 * the planner's next touches (through TouchClaims), the calendar feed and
 * the digest all read them here. Items are worked out on reading, from the
 * stored rows, the cadence rules and the history, so a logged touch or an
 * edited rule re-times them at once.
 */
@Injectable()
export class FollowUpsReader {
  constructor(
    private readonly store: ChecklistStore,
    private readonly data: PlannerData,
  ) {}

  async load(owner: UserId, now: Date, scope: ChecklistScope = {}): Promise<LoadedChecklists> {
    const stored = await this.store.load(owner, scope);
    const planned = await this.data.eventsByIds(
      owner,
      stored.map((s) => s.checklist.eventId),
    );
    return { now, stored, events: new Map(planned.events.map((e) => [e.id, e])), matches: planned.matches };
  }

  /**
   * Checklists of events the user went to (or may have) that have ended,
   * newest event first. A moved event's checklist waits for its new end; a
   * cancelled one, or one the user now says they skipped, is kept but not
   * shown (their decisions come back if that changes again).
   */
  compute(loaded: LoadedChecklists, relationships: Relationships): ComputedChecklist[] {
    const { now, stored, events, matches } = loaded;
    const visible = stored.filter((s) => {
      const event = events.get(s.checklist.eventId);
      if (!event || effectiveEnd(event).getTime() > now.getTime()) return false;
      return event.status.toUpperCase() !== 'CANCELLED' && (event.attendance === 'GOING' || event.attendance === 'MAYBE');
    });
    if (visible.length === 0) return [];
    const engine = touchEngine({ now, ...relationships, events: [...events.values()], matches });
    const contacts = indexContacts(relationships.contacts);
    const matchesOf = new Map<string, PlannerMatch[]>();
    for (const match of matches) {
      const list = matchesOf.get(match.eventId);
      if (list) list.push(match);
      else matchesOf.set(match.eventId, [match]);
    }
    const computed = visible.map(({ checklist, people, items }) => {
      const event = events.get(checklist.eventId) as PlannerEvent;
      const input: ChecklistInput = {
        checklistId: checklist.id,
        event,
        attendeesRecordedAt: checklist.attendeesRecordedAt,
        met: people.map((person) => ({ contactId: person.contactId, meetingId: person.meetingId, metAt: person.metAt, topics: person.topics })),
        suggested: meetListFor(event, matchesOf.get(event.id) ?? [], contacts).map((contact) => contact.id),
        stored: items.map(toStoredItem),
        engine,
      };
      return { checklistId: checklist.id, eventId: event.id, createdAt: checklist.createdAt, event, input, view: checklistItems(input) };
    });
    return computed.sort((a, b) => effectiveEnd(b.event).getTime() - effectiveEnd(a.event).getTime() || (a.checklistId < b.checklistId ? -1 : 1));
  }

  /** The claims the planner lists in place of its own touches: registered with TouchClaims. */
  claimsFrom(computed: readonly ComputedChecklist[]): TouchClaim[] {
    return computed.flatMap((c) => touchClaims(c.view, c.input));
  }

  /** Loads and computes, reading the relationships in parallel. */
  async read(owner: UserId, now: Date, scope: ChecklistScope = {}): Promise<{ computed: ComputedChecklist[]; relationships: Relationships }> {
    const [loaded, relationships] = await Promise.all([this.load(owner, now, scope), this.data.relationships(owner)]);
    return { computed: this.compute(loaded, relationships), relationships };
  }
}
