export type {
  EventMatch, EventPerson, Evidence, EvidenceField, Matcher, MatcherInput, MatchableEvent, MatchKind, MatchRole,
  PersonRole, TopicInterest, TrackedCompany, TrackedContact,
} from './types';
export { buildMatcher } from './matcher';
