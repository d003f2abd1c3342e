import type { InteractionKind, PlannerContact, PlannerInteraction, PlannerInterview, SourceRef } from './types';

/**
 * One contact's history as of `now`, the facts every cadence rule reads:
 * what counts as the contact engaging (a reply or a conversation), which
 * outbound touches are still unanswered, and when the clock last reset.
 */
export interface ContactHistory {
  contact: PlannerContact;
  /** Interviews with this contact, oldest first. */
  interviews: PlannerInterview[];
  /** Logged touches, oldest first. */
  interactions: PlannerInteraction[];
  lastTouch: LastTouch | null;
  /** Outbound touches flagged awaitingReply with no engagement after them, oldest first. */
  unanswered: PlannerInteraction[];
}

export interface LastTouch {
  at: Date;
  kind: InteractionKind;
  source: SourceRef;
}

/** Kinds that are a conversation whoever logged them: both sides took part. */
const CONVERSATION_KINDS: ReadonlySet<InteractionKind> = new Set(['CALL', 'MET_AT_EVENT', 'INTERVIEW']);

/**
 * The contact answered or talked with the user. A coffee logged without
 * awaiting a reply is a coffee that happened; one awaiting a reply is an
 * invitation still open.
 */
export function isEngagement(interaction: PlannerInteraction): boolean {
  if (interaction.direction === 'INBOUND') return true;
  if (CONVERSATION_KINDS.has(interaction.kind)) return true;
  return interaction.kind === 'COFFEE' && !interaction.awaitingReply;
}

/** A message from the user that the contact may or may not answer. */
export function isOutboundMessage(interaction: PlannerInteraction): boolean {
  return !isEngagement(interaction);
}

const byTime = <T extends { occurredAt: Date; id: string }>(a: T, b: T) =>
  a.occurredAt.getTime() - b.occurredAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export interface HistoryIndex {
  interviewsByContact: Map<string, PlannerInterview[]>;
  interactionsByContact: Map<string, PlannerInteraction[]>;
}

/** Groups the user's data by contact once, so planning 500 contacts stays linear. */
export function indexHistory(interviews: readonly PlannerInterview[], interactions: readonly PlannerInteraction[], now: Date): HistoryIndex {
  const interviewsByContact = new Map<string, PlannerInterview[]>();
  for (const interview of interviews) {
    // Only what has happened counts: a scheduled interview resets no clock.
    if (interview.occurredAt.getTime() > now.getTime()) continue;
    for (const contactId of new Set(interview.contactIds)) {
      const list = interviewsByContact.get(contactId) ?? [];
      list.push(interview);
      interviewsByContact.set(contactId, list);
    }
  }
  const interactionsByContact = new Map<string, PlannerInteraction[]>();
  for (const interaction of interactions) {
    if (interaction.occurredAt.getTime() > now.getTime()) continue;
    const list = interactionsByContact.get(interaction.contactId) ?? [];
    list.push(interaction);
    interactionsByContact.set(interaction.contactId, list);
  }
  for (const list of interviewsByContact.values()) list.sort(byTime);
  for (const list of interactionsByContact.values()) list.sort(byTime);
  return { interviewsByContact, interactionsByContact };
}

export function contactHistory(contact: PlannerContact, index: HistoryIndex): ContactHistory {
  const interviews = index.interviewsByContact.get(contact.id) ?? [];
  const interactions = index.interactionsByContact.get(contact.id) ?? [];

  // Interviews are conversations too: they answer every touch before them.
  const engagementTimes = [
    ...interviews.map((interview) => interview.occurredAt.getTime()),
    ...interactions.filter(isEngagement).map((interaction) => interaction.occurredAt.getTime()),
  ];
  const lastEngagement = engagementTimes.length > 0 ? Math.max(...engagementTimes) : Number.NEGATIVE_INFINITY;
  // The flag alone is not trusted: a later reply answers the touch even if nobody cleared it.
  const unanswered = interactions.filter(
    (interaction) => isOutboundMessage(interaction) && interaction.awaitingReply && interaction.occurredAt.getTime() > lastEngagement,
  );

  let lastTouch: LastTouch | null = null;
  const lastInteraction = interactions[interactions.length - 1];
  const lastInterview = interviews[interviews.length - 1];
  if (lastInteraction) {
    lastTouch = { at: lastInteraction.occurredAt, kind: lastInteraction.kind, source: { kind: 'INTERACTION', id: lastInteraction.id } };
  }
  if (lastInterview && (!lastTouch || lastInterview.occurredAt.getTime() > lastTouch.at.getTime())) {
    lastTouch = { at: lastInterview.occurredAt, kind: 'INTERVIEW', source: { kind: 'INTERVIEW', id: lastInterview.id } };
  }
  return { contact, interviews, interactions, lastTouch, unanswered };
}

/** Engagement strictly after `afterMs`: interviews or engaging interactions. */
export function engagedAfter(history: ContactHistory, afterMs: number): boolean {
  return (
    history.interviews.some((interview) => interview.occurredAt.getTime() > afterMs) ||
    history.interactions.some((interaction) => isEngagement(interaction) && interaction.occurredAt.getTime() > afterMs)
  );
}

export function outboundAfter(history: ContactHistory, afterMs: number): PlannerInteraction[] {
  return history.interactions.filter((interaction) => isOutboundMessage(interaction) && interaction.occurredAt.getTime() > afterMs);
}
