import { BlockedTouch, Draft, PlanItem, RelationshipState, SourceRef, TouchSuggestion } from './core';
import { BlockedTouchType, DraftType, PlanItemType, RelationshipType, SourceRefType, TouchSuggestionType } from './plan.types';

/* Maps the planner core's plain results onto the GraphQL types (contacts and events are resolved by id). */

const sources = (refs: readonly SourceRef[]): SourceRefType[] => refs.map((r) => ({ kind: r.kind, id: r.id }));

export function toDraftView(draft: Draft): DraftType {
  return { kind: draft.kind, channel: draft.channel, subject: draft.subject, body: draft.body, sources: sources(draft.sources) };
}

export function toTouchView(t: TouchSuggestion): TouchSuggestionType {
  return {
    id: t.id,
    contactId: t.contactId,
    kind: t.kind,
    rule: t.rule,
    channel: t.channel,
    dueAt: t.dueAt,
    latestAt: t.latestAt,
    overdue: t.overdue,
    subject: t.subject,
    draft: t.draft,
    reason: t.reason,
    sources: sources(t.sources),
    remindAt: t.remindAt,
    followUpId: t.followUpId ?? null,
  };
}

export function toBlockedView(b: BlockedTouch): BlockedTouchType {
  return {
    id: b.id,
    contactId: b.contactId,
    kind: b.kind,
    rule: b.rule,
    blockedBy: b.blockedBy,
    reason: b.reason,
    wouldBeDueAt: b.wouldBeDueAt,
    availableAt: b.availableAt,
    sources: sources(b.sources),
  };
}

function toRelationshipView(r: RelationshipState): RelationshipType {
  return {
    lastTouchAt: r.lastTouch?.at ?? null,
    lastTouchKind: r.lastTouch?.kind ?? null,
    interviewCount: r.interviews.length,
    unansweredTouches: r.unansweredTouches,
    cadence: r.cadence,
    summary: r.summary,
    nextTouch: r.nextTouch ? toTouchView(r.nextTouch) : null,
    blocked: r.blocked ? toBlockedView(r.blocked) : null,
  };
}

export function toPlanItemView(item: PlanItem): PlanItemType {
  return {
    eventId: item.event.id,
    score: Math.round(item.score * 1000) / 1000,
    attendance: item.event.attendance,
    matches: [],
    reasons: item.reasons.map((r) => ({ text: r.text, evidence: r.evidence, kind: r.kind })),
    meet: item.meet.map((m) => ({
      contactId: m.contact.id,
      why: m.why,
      evidence: m.evidence,
      relationship: toRelationshipView(m.relationship),
      talkingPoints: m.talkingPoints.map((p) => ({ kind: p.kind, text: p.text, sources: sources(p.sources) })),
    })),
    conflicts: item.conflicts.map((c) => ({ eventId: c.event.id })),
    actions: item.actions.map((a) => ({
      id: a.id,
      when: a.when,
      kind: a.kind,
      contactId: a.contactId,
      text: a.text,
      dueAt: a.dueAt,
      latestAt: a.latestAt,
      status: a.status,
      blockedReason: a.blockedReason,
      draft: a.draft ? toDraftView(a.draft) : null,
      sources: sources(a.sources),
      followUpId: a.followUpId,
    })),
  };
}
