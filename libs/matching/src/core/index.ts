export type {
  EventMatch,
  EventPerson,
  Evidence,
  EvidenceField,
  Matcher,
  MatcherInput,
  MatchableEvent,
  PersonRole,
  TopicInterest,
  TrackedCompany,
  TrackedContact,
} from './types';
export { buildMatcher } from './matcher';
export { MatchKind, MatchRole } from './types';
