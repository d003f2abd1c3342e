/**
 * The planning core: cadence rules, next touches under the anti-pestering
 * budget, talking points and drafts, and the ranked event plan. Pure
 * functions over plain data; the Nest services around it load and store.
 */
export * from './types';
export {
  DEFAULT_CADENCE_RULES,
  defaultCadenceRules,
  mergeCadenceRules,
  validateCadenceRules,
  type CadenceRuleProblem,
  type CadenceRules,
  type CadenceRulesPatch,
} from './rules';
export { addBusinessDays, addRuleDays, isWeekend } from './business-days';
export { DEFAULT_EVENT_DURATION_MS, effectiveEnd } from './conflicts';
export { checkBudget, type BudgetBlock, type BudgetVerdict } from './budget';
export { contactHistory, indexHistory, isEngagement, type ContactHistory, type LastTouch } from './history';
export { isCancelled } from './events-index';
export { uniqueSources } from './sources';
export { clean, firstName } from './text';
export {
  contactCadence,
  evaluateContact,
  isOverdue,
  planTouches,
  touchEngine,
  type BlockedBy,
  type BlockedTouch,
  type ContactCadence,
  type ContactEvaluation,
  type TouchClaim,
  type TouchEngine,
  type TouchInput,
  type TouchPlan,
  type TouchRule,
  type TouchSuggestion,
} from './touches';
export { talkingPoints, type TalkingPoint, type TalkingPointContext, type TalkingPointKind } from './talking-points';
export { fittingUpdates, interviewsFor, updateKeepingPromise, type UpdateFit } from './project-fit';
export * from './drafts';
export { interactionLabel } from './labels';
export { CadenceStatus, relationshipState, type RelationshipState } from './relationship';
export { ActionStatus, type PlanAction } from './event-actions';
export type { PlanReason } from './reasons';
export {
  COMPANY_WEIGHT,
  CONTACT_ROLE_FACTOR,
  eventRelevance,
  matchWeight,
  MAX_RELEVANCE,
  PERSON_WEIGHT,
  TOPIC_WEIGHT,
  UNKNOWN_CONTACT_FACTOR,
} from './ranking';
export { indexContacts, meetListFor, type ContactsIndex } from './meet';
export { planEvents, type MeetPerson, type PlanConflict, type PlanInput, type PlanItem } from './plan';
