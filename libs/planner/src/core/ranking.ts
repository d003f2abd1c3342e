import type { Attendance, ContactRole, MatchRole, PlannerContact, PlannerEvent, PlannerMatch } from './types';

/**
 * How much a match says the event is worth the user's evening. A tracked
 * person on stage beats their company hosting, which beats a mention, which
 * beats a topic; the person's role in the user's search scales it.
 */
export const PERSON_WEIGHT: Readonly<Record<MatchRole, number>> = {
  SPEAKER: 1,
  PERFORMER: 1,
  HOST: 0.95,
  ORGANIZER: 0.95,
  SPONSOR: 0.8,
  MENTION: 0.6,
  TOPIC: 0.3,
};

export const COMPANY_WEIGHT: Readonly<Record<MatchRole, number>> = {
  HOST: 0.75,
  ORGANIZER: 0.75,
  SPEAKER: 0.7,
  PERFORMER: 0.7,
  SPONSOR: 0.65,
  MENTION: 0.4,
  TOPIC: 0.3,
};

export const TOPIC_WEIGHT = 0.3;

export const CONTACT_ROLE_FACTOR: Readonly<Record<ContactRole, number>> = {
  HIRING_MANAGER: 1,
  RECRUITER: 0.85,
  INTERVIEWER: 0.85,
  OTHER: 0.7,
};

/** A match whose contact is not among the tracked ones (deleted meanwhile) still counts, less. */
export const UNKNOWN_CONTACT_FACTOR = 0.6;

/** The user's own signal: interested but undecided. */
const MAYBE_BONUS = 0.1;

export const MAX_RELEVANCE = 0.999;

export function matchWeight(match: Pick<PlannerMatch, 'kind' | 'role' | 'score'>, contact: Pick<PlannerContact, 'role'> | undefined): number {
  const score = Math.min(1, Math.max(0, Number.isFinite(match.score) ? match.score : 0));
  switch (match.kind) {
    case 'PERSON':
      return PERSON_WEIGHT[match.role] * (contact ? CONTACT_ROLE_FACTOR[contact.role] : UNKNOWN_CONTACT_FACTOR) * score;
    case 'COMPANY':
      return COMPANY_WEIGHT[match.role] * score;
    case 'TOPIC':
      return TOPIC_WEIGHT * score;
  }
}

/** Independent signals combine like probabilities (noisy-OR): many weak ones never outrank one certain one by sheer count. */
export function combine(weights: readonly number[]): number {
  const miss = weights.reduce((product, weight) => product * (1 - Math.min(1, Math.max(0, weight))), 1);
  return Math.min(MAX_RELEVANCE, 1 - miss);
}

/**
 * How much an event concerns what the user tracks, from its matches'
 * weights, as kept for choosing a plan's candidates (0: nothing): noisy-OR
 * like `combine`, each weight capped at MAX_RELEVANCE.
 */
export function eventRelevance(weights: readonly number[]): number {
  return 1 - weights.reduce((miss, weight) => miss * (1 - Math.min(MAX_RELEVANCE, weight)), 1);
}

/**
 * GOING above everything else, NOT_GOING (when asked for) below: the user's
 * own decision outranks any inference. Within a tier, relevance decides.
 */
export function attendanceTier(attendance: Attendance | null): number {
  switch (attendance) {
    case 'GOING':
      return 2;
    case 'MAYBE':
    case null:
      return 1;
    case 'NOT_GOING':
      return 0;
  }
}

export function eventScore(attendance: Attendance | null, weights: readonly number[]): number {
  const signals = attendance === 'MAYBE' ? [...weights, MAYBE_BONUS] : weights;
  const score = (attendanceTier(attendance) + combine(signals)) / 3;
  // Rounded so equal inputs compare equal whatever the float order of the products.
  return Math.round(score * 10_000) / 10_000;
}

/** Hiring managers first: whose presence matters most to a job seeker. */
export const ROLE_ORDER: readonly ContactRole[] = ['HIRING_MANAGER', 'RECRUITER', 'INTERVIEWER', 'OTHER'];

export const compareIds = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export interface ScoredEvent {
  event: PlannerEvent;
  score: number;
  /** The event's matches, strongest first. */
  matches: PlannerMatch[];
}

/** One match per person, company or topic counts: the strongest (matches come sorted by score). */
export function distinctMatches(matches: readonly PlannerMatch[]): readonly PlannerMatch[] {
  if (matches.length < 2) return matches;
  const seen = new Set<string>();
  return matches.filter((match) => {
    const key = `${match.kind}:${match.contactId ?? match.companyId ?? match.topicId ?? match.topicPhrase ?? match.reason}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function scoreEvent(event: PlannerEvent, matches: PlannerMatch[], contacts: Map<string, PlannerContact>): ScoredEvent {
  const weights = distinctMatches(matches).map((match) => matchWeight(match, match.contactId ? contacts.get(match.contactId) : undefined));
  return { event, score: eventScore(event.attendance, weights), matches };
}

/** Plan order: score descending, then start, then id. */
export const planOrder = (a: ScoredEvent, b: ScoredEvent) =>
  b.score - a.score || a.event.startsAt.getTime() - b.event.startsAt.getTime() || compareIds(a.event.id, b.event.id);

/** The first `limit` items in plan order, without sorting the whole window. */
export function topItems(items: readonly ScoredEvent[], limit: number): ScoredEvent[] {
  if (limit === 0) return [];
  if (items.length <= limit * 4) return [...items].sort(planOrder).slice(0, limit);
  const top: ScoredEvent[] = [];
  for (const item of items) {
    if (top.length === limit && planOrder(item, top[limit - 1]) >= 0) continue;
    let low = 0;
    let high = top.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (planOrder(top[middle], item) <= 0) low = middle + 1;
      else high = middle;
    }
    top.splice(low, 0, item);
    if (top.length > limit) top.pop();
  }
  return top;
}
