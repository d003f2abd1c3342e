/**
 * The post-event checklist's pure core: items, their timing in the user's
 * zone, drafts, and what the checklist claims from the planner. Plain data
 * in and out; the service around it loads and stores.
 */
export * from './types';
export { checklistItems } from './checklist';
export { touchClaims, type FollowUpClaim } from './claims';
export { followUpItemId, itemKey, parseFollowUpItemId, promiseKey } from './keys';
