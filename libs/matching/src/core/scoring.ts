import type { Identity } from './person-rules';
import type { EvidenceField, MatchRole, PersonRole, TopicInterest } from './types';

/**
 * Scores follow the evidence order of the spec: a tracked person in a
 * structured role, then a tracked company in a structured role, then a
 * company domain, then names in the text, then topics. Within a tier, what
 * pins the identity (e-mail, stated affiliation) scores higher than a bare
 * name, and a name shared by several tracked contacts scores lowest.
 */
export const SCORES = {
  person: {
    structured: { email: 0.99, affiliation: 0.98, context: 0.96, unknown: 0.94, shared: 0.55 },
    attendee: { email: 0.8, affiliation: 0.8, context: 0.76, unknown: 0.7, shared: 0.45 },
    textWithRole: { email: 0.85, affiliation: 0.85, context: 0.8, unknown: 0.75, shared: 0.45 },
    title: { email: 0.75, affiliation: 0.75, context: 0.7, unknown: 0.65, shared: 0.45 },
    text: { email: 0.72, affiliation: 0.72, context: 0.66, unknown: 0.6, shared: 0.42 },
  },
  company: {
    organizer: 0.92,
    host: 0.92,
    sponsor: 0.9,
    affiliation: 0.85,
    attendeeAffiliation: 0.5,
    organizerDomain: 0.86,
    urlHost: 0.82,
    personEmailDomain: 0.8,
    location: 0.72,
    textWithRole: 0.72,
    title: 0.65,
    description: 0.58,
    categories: 0.55,
    linkInText: 0.6,
  },
  topic: { title: 0.36, categories: 0.36, description: 0.28, targetRoleBonus: 0.04, companyRoleBonus: 0.02, cap: 0.44 },
  /**
   * Each further field with evidence adds a little (the same name in the
   * title and the people list is surer), at most twice, so corroboration
   * never lifts a weaker kind of evidence above a stronger one.
   */
  perExtraField: 0.02,
  maxExtraFields: 2,
} as const;

export type PersonTier = keyof typeof SCORES.person;

export function personScore(tier: PersonTier, identity: Identity, shared: boolean): number {
  const row = SCORES.person[tier];
  return shared ? row.shared : row[identity];
}

export function topicScore(field: EvidenceField, topic: TopicInterest): number {
  const base = field === 'description' ? SCORES.topic.description : field === 'categories' ? SCORES.topic.categories : SCORES.topic.title;
  const bonus = topic.source === 'TARGET_ROLE' ? SCORES.topic.targetRoleBonus : topic.source === 'COMPANY_ROLE' ? SCORES.topic.companyRoleBonus : 0;
  return base + bonus;
}

/** A listed person's role as the role of the match; an attendee is only a mention. */
export function matchRoleOf(role: PersonRole): MatchRole {
  return role === 'ATTENDEE' ? 'MENTION' : role;
}

/** The final score of merged evidence: the best item plus a small bonus per further field, capped. */
export function combine(best: number, fields: number, cap = 1): number {
  const extra = Math.min(SCORES.maxExtraFields, Math.max(0, fields - 1));
  const score = Math.min(cap, best + SCORES.perExtraField * extra);
  return Math.round(score * 1000) / 1000;
}
