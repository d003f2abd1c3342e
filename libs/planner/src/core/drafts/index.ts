import { DEFAULT_CADENCE_RULES } from '../rules';
import type { Draft, DraftInput, DraftKind, DraftOptions, DraftPlan } from './draft.types';
import { renderMessage } from './email';
import { renderNote } from './linkedin-note';
import {
  checkInPlan,
  coffeeInvitePlan,
  eventIntroductionPlan,
  keepInTouchPlan,
  keepPromisePlan,
  linkedInConnectPlan,
  metAtEventPlan,
  projectUpdatePlan,
  thankYouPlan,
} from './plans';

export * from './banned-phrases';
export { DraftChannel } from './draft.types';
export type { Draft, DraftInput, DraftKind, DraftOptions } from './draft.types';

const PLANS: Record<DraftKind, (input: DraftInput) => DraftPlan> = {
  LINKEDIN_CONNECT: linkedInConnectPlan,
  THANK_YOU: thankYouPlan,
  CHECK_IN: checkInPlan,
  COFFEE_INVITE: coffeeInvitePlan,
  PROJECT_UPDATE: projectUpdatePlan,
  EVENT_INTRODUCTION: eventIntroductionPlan,
  MET_AT_EVENT_FOLLOW_UP: metAtEventPlan,
  KEEP_IN_TOUCH: keepInTouchPlan,
  KEEP_PROMISE: keepPromisePlan,
};

/**
 * Any draft kind on any channel: a connection note stays within the LinkedIn
 * limit (200 characters, 300 with premium, or the user's rule), a message or
 * email within the word budget (150 by default).
 */
export function draft(kind: DraftKind, input: DraftInput, options: DraftOptions = {}): Draft {
  const rules = options.rules ?? DEFAULT_CADENCE_RULES;
  const channel = options.channel ?? (kind === 'LINKEDIN_CONNECT' ? 'LINKEDIN_NOTE' : 'EMAIL');
  const plan = PLANS[kind](input);
  if (channel === 'LINKEDIN_NOTE') {
    return renderNote(plan, options.linkedinPremium ? rules.linkedinNote.premiumMaxChars : rules.linkedinNote.maxChars);
  }
  return renderMessage(plan, channel, rules.email.maxWords, input.senderName?.trim() || null);
}

/** A connection request note recalling the meeting, the interview or the upcoming event. */
export function draftLinkedInNote(input: DraftInput, options: Omit<DraftOptions, 'channel'> = {}): Draft {
  return draft('LINKEDIN_CONNECT', input, { ...options, channel: 'LINKEDIN_NOTE' });
}

/** An email (with a subject) of the given kind. */
export function draftEmail(kind: Exclude<DraftKind, 'LINKEDIN_CONNECT'>, input: DraftInput, options: Omit<DraftOptions, 'channel'> = {}): Draft {
  return draft(kind, input, { ...options, channel: 'EMAIL' });
}
