import { Injectable } from '@nestjs/common';
import { ProfileReader, Recipient } from '@app/accounts';
import { UserId } from '@app/common';
import { ComputedChecklist, followUpItemId, FollowUpsReader } from '@app/follow-ups';
import { EventsService, SourcesService } from '@app/ingestion';
import { candidatePool, PlanItem, planEvents, PlannerData, planTouches, TouchSuggestion } from '@app/planner';
import { DigestAction, DigestChange, DigestContent, DigestEvent, DigestPeriod } from './core';
import { DigestSettings } from './digest-settings.service';

const DAY_MS = 86_400_000;
/** Events of the next two weeks make the digest's "coming up". */
const EVENT_DAYS = 14;
/** Changes are looked for among the events of a wider window: one moved out of the fortnight is news too. */
const CHANGE_DAYS = 90;
const MAX_EVENTS = 8;
const MAX_PEOPLE = 3;
const MAX_ACTIONS = 12;

/** What a digest is composed for: who, which period, when, and with which settings. */
export interface DigestRequest {
  recipient: Recipient;
  settings: DigestSettings;
  period: DigestPeriod;
  now: Date;
  appUrl: string;
  unsubscribeUrl: string;
  test: boolean;
}

/** "Hi Priya,\n\nGood to meet you at …" → "Good to meet you at …": the line a user recognises a draft by. */
export function draftFirstLine(draft: string | null): string | null {
  if (!draft) return null;
  const lines = draft
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const body = /^Hi\b[^,]*,$/.test(lines[0] ?? '') ? lines.slice(1) : lines;
  // A LinkedIn note is one paragraph: "Hi Priya, good to meet you…" reads "Good to meet you…".
  const rest = (body[0] ?? '').replace(/^Hi\b[^,]*,\s*/, '');
  if (!rest) return null;
  const first = rest.charAt(0).toUpperCase() + rest.slice(1);
  const sentence = /^(.+?[.?!])(?:\s|$)/.exec(first)?.[1] ?? first;
  return sentence.length > 160 ? `${sentence.slice(0, 157).trimEnd()}…` : sentence;
}

/** A change's local time with its offset as an instant; a floating or all-day time has none. */
function instantOf(local: string | null): Date | null {
  if (!local || !/T.*(?:[+-]\d\d:\d\d|Z)$/.test(local)) return null;
  const instant = new Date(local);
  return Number.isNaN(instant.getTime()) ? null : instant;
}

function toDigestEvent(item: PlanItem, timeZone: string | null): DigestEvent {
  const e = item.event;
  return {
    id: e.id,
    title: e.title,
    startsAt: e.startsAt,
    allDay: e.allDay,
    timeZone,
    location: e.location,
    url: e.url,
    attendance: e.attendance,
    reasons: item.reasons.map((reason) => reason.text),
    people: item.meet.slice(0, MAX_PEOPLE).map((person) => ({
      contactId: person.contact.id,
      name: person.contact.name,
      why: person.why,
      talkingPoint: person.talkingPoints[0]?.text ?? null,
    })),
  };
}

/**
 * Gathers one user's digest from the services the API answers with: the
 * planner's ranking, people and talking points (planEvents), its next
 * touches with the follow-up checklist's items (claims), the catalogue's
 * moves and cancellations, and the sources' errors. A fixed number of
 * statements per digest, whatever the data size.
 */
@Injectable()
export class DigestComposer {
  constructor(
    private readonly profiles: ProfileReader,
    private readonly planner: PlannerData,
    private readonly followUps: FollowUpsReader,
    private readonly events: EventsService,
    private readonly sources: SourcesService,
  ) {}

  recipient(owner: UserId): Promise<Recipient | null> {
    return this.profiles.recipient(owner);
  }

  async compose(request: DigestRequest): Promise<DigestContent> {
    const { recipient, settings, period, now } = request;
    const owner = recipient.id as UserId;
    const wants = new Set(settings.sections);
    const [relationships, candidates, checklists, sources] = await Promise.all([
      this.planner.relationships(owner),
      this.planner.candidatesToShow(owner, now, new Date(now.getTime() + CHANGE_DAYS * DAY_MS), candidatePool(MAX_EVENTS)),
      this.followUps.load(owner, now),
      wants.has('SOURCES') ? this.sources.list(owner) : Promise.resolve([]),
    ]);
    const computed = this.followUps.compute(checklists, relationships);
    const claims = this.followUps.claimsFrom(computed);
    const soon = new Date(now.getTime() + EVENT_DAYS * DAY_MS);
    const items = planEvents({ now, window: { from: now, to: soon }, limit: MAX_EVENTS, ...relationships, ...candidates, claims });
    const zones = new Map(candidates.records.events.map((record) => [record.id, record.timeZone]));

    const watched = [
      ...new Set([
        ...items.map((item) => item.event.id),
        ...candidates.events.filter((e) => e.attendance === 'GOING' || e.attendance === 'MAYBE').map((e) => e.id),
      ]),
    ];
    const since = settings.lastSentAt ?? new Date(period.start.getTime() - (period.frequency === 'DAILY' ? 1 : 7) * DAY_MS);
    const changes = wants.has('CHANGES') && watched.length ? await this.events.changesOf(owner, watched) : new Map();
    const titles = new Map(candidates.events.map((e) => [e.id, e.title]));

    return {
      recipient: { email: recipient.email, name: recipient.displayName, timeZone: recipient.timeZone },
      period,
      generatedAt: now,
      appUrl: request.appUrl,
      unsubscribeUrl: request.unsubscribeUrl,
      test: request.test,
      events: wants.has('EVENTS') ? items.map((item) => toDigestEvent(item, zones.get(item.event.id) ?? null)) : null,
      changes: wants.has('CHANGES') ? this.changesSince(changes, titles, since) : null,
      actions: wants.has('FOLLOW_UPS') ? this.actions(computed, planTouches({ now, ...relationships, ...candidates, claims }).touches, period, now) : null,
      sources: wants.has('SOURCES')
        ? sources.filter((s) => s.feed.status === 'ERROR').map((s) => ({ id: s.id, name: s.name, lastError: s.feed.lastError ?? 'The last refresh failed.' }))
        : null,
    };
  }

  private changesSince(
    byEvent: Map<string, { kind: string; oldStart: string | null; newStart: string | null; detectedAt: Date }[]>,
    titles: Map<string, string>,
    since: Date,
  ): DigestChange[] {
    const changes: DigestChange[] = [];
    for (const [eventId, list] of byEvent) {
      for (const change of list) {
        if (change.detectedAt.getTime() <= since.getTime()) continue;
        const kind = change.kind === 'MOVED' ? 'MOVED' : change.kind === 'CANCELLED' || change.kind === 'REMOVED' ? 'CANCELLED' : null;
        if (!kind) continue;
        changes.push({
          eventId,
          title: titles.get(eventId) ?? 'An event',
          kind,
          oldStart: instantOf(change.oldStart),
          newStart: instantOf(change.newStart),
          detectedAt: change.detectedAt,
        });
      }
    }
    return changes.sort((a, b) => a.detectedAt.getTime() - b.detectedAt.getTime());
  }

  /** Open and overdue checklist items, then the next touches due within the period that are not checklist items. */
  private actions(checklists: readonly ComputedChecklist[], touches: readonly TouchSuggestion[], period: DigestPeriod, now: Date): DigestAction[] {
    const horizon = now.getTime() + (period.frequency === 'DAILY' ? 1 : 7) * DAY_MS;
    const followUps: DigestAction[] = checklists.flatMap((checklist) =>
      checklist.view.items
        // What the user can do now: an item the budget holds back waits (the checklist shows why).
        .filter((item) => (item.status === 'OPEN' || item.status === 'STALE') && !item.blockedReason && (item.overdue || item.dueAt.getTime() <= horizon))
        .map((item) => ({
          id: followUpItemId(checklist.checklistId, item.key),
          source: 'FOLLOW_UP' as const,
          contactId: item.contactId,
          contactName: item.contactName,
          text: item.text,
          dueAt: item.dueAt,
          overdue: item.overdue,
          draftFirstLine: draftFirstLine(item.draft),
          eventId: checklist.eventId,
        })),
    );
    const nextTouches: DigestAction[] = touches
      .filter((touch) => !touch.followUpId && (touch.overdue || touch.dueAt.getTime() <= horizon))
      .map((touch) => ({
        id: touch.id,
        source: 'NEXT_TOUCH' as const,
        contactId: touch.contactId,
        contactName: touch.contactName,
        text: touch.reason,
        dueAt: touch.dueAt,
        overdue: touch.overdue,
        draftFirstLine: draftFirstLine(touch.draft),
        eventId: null,
      }));
    return [...followUps, ...nextTouches].sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.dueAt.getTime() - b.dueAt.getTime()).slice(0, MAX_ACTIONS);
  }
}
